using System.Globalization;
using System.Text;

namespace Appraisal.Core.Plugins;

/// <summary>
/// Looks at the plugin folders of every source and reports each folder's settled state. A folder settles
/// once its files (names, sizes, write times) were the same at two looks at least <c>debounce</c> apart; it
/// counts as a plugin once settled with a <c>plugin.json</c>. While a folder changes, and for a debounce after
/// it vanished, its last settled state stands: a folder being copied is never judged half-way, and a folder
/// replaced by delete-and-copy is swapped like any upgrade instead of being unloaded in between. Every change
/// is judged afresh, so a half-copied folder is never reported broken for good.
/// </summary>
internal sealed class PluginFolderObserver(TimeSpan debounce)
{
    private const string Missing = "(missing)";

    private readonly Dictionary<string, Observation> _observations = new(StringComparer.Ordinal);

    public PluginFolderLook Look(IReadOnlyList<PluginSource> sources)
    {
        var now = Environment.TickCount64;
        var settled = new List<PluginFolder>();
        var waiting = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var anyUnsettled = false;
        foreach (var source in sources)
        {
            foreach (var folder in ListPluginFolders(source.Folder).Where(seen.Add))
            {
                // An unreadable folder (locked or vanishing mid-look) gets a fingerprint of its own, so it
                // settles like any other and is judged again once it can be read.
                var observation = Observe(folder, TryFingerprint(folder) ?? "(unreadable)", now);
                if (!observation.IsSettled(now, debounce))
                {
                    anyUnsettled = true;
                    AddIfAny(settled, observation.LastSettled);
                    continue;
                }

                if (!File.Exists(Path.Combine(folder, PluginManifest.FileName)))
                {
                    observation.LastSettled = null;
                    if (!observation.ReportedWaiting)
                    {
                        observation.ReportedWaiting = true;
                        waiting.Add(folder);
                    }

                    continue;
                }

                observation.Current ??= Evaluate(folder, source);
                if (observation.Current is null)
                {
                    // Could not be read after all: keep the last settled state and look again soon.
                    _observations[folder] = new Observation("(unreadable)", now) { LastSettled = observation.LastSettled };
                    anyUnsettled = true;
                    AddIfAny(settled, observation.LastSettled);
                    continue;
                }

                observation.LastSettled = observation.Current;
                settled.Add(observation.Current);
            }
        }

        anyUnsettled |= ForgetVanished(seen, settled, now);
        return new PluginFolderLook(settled, anyUnsettled, waiting);
    }

    private Observation Observe(string folder, string fingerprint, long now)
    {
        if (_observations.TryGetValue(folder, out var observation) && observation.Fingerprint == fingerprint)
        {
            return observation;
        }

        return _observations[folder] = new Observation(fingerprint, now) { LastSettled = observation?.LastSettled };
    }

    /// <summary>Vanished folders keep their last settled state for a debounce; true while any is pending.</summary>
    private bool ForgetVanished(HashSet<string> seen, List<PluginFolder> settled, long now)
    {
        var pending = false;
        foreach (var (folder, observation) in _observations.Where(pair => !seen.Contains(pair.Key)).ToList())
        {
            var missing = observation.Fingerprint == Missing ? observation : Observe(folder, Missing, now);
            if (missing.LastSettled is null || missing.IsSettled(now, debounce))
            {
                _observations.Remove(folder);
                continue;
            }

            pending = true;
            settled.Add(missing.LastSettled);
        }

        return pending;
    }

    private static void AddIfAny(List<PluginFolder> settled, PluginFolder? folder)
    {
        if (folder is not null)
        {
            settled.Add(folder);
        }
    }

    private static IEnumerable<string> ListPluginFolders(string sourceFolder)
    {
        try
        {
            // Hidden folders are skipped: copy tools use them for work in progress.
            return Directory.Exists(sourceFolder)
                ? Directory.GetDirectories(Path.GetFullPath(sourceFolder))
                    .Where(folder => !Path.GetFileName(folder).StartsWith('.'))
                    .Order(StringComparer.Ordinal)
                    .ToArray()
                : [];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    private static string? TryFingerprint(string folder)
    {
        try
        {
            var lines = new DirectoryInfo(folder)
                .EnumerateFiles("*", SearchOption.AllDirectories)
                .Select(file => string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetRelativePath(folder, file.FullName)}|{file.Length}|{file.LastWriteTimeUtc.Ticks}"))
                .Order(StringComparer.Ordinal);
            return new StringBuilder().AppendJoin('\n', lines).ToString();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static PluginFolder? Evaluate(string folder, PluginSource source)
    {
        try
        {
            var manifest = PluginManifest.ReadFromFolder(folder);
            return new PluginFolder(folder, source, manifest, null, PluginStaging.ComputeHash(folder));
        }
        catch (PluginManifestException ex)
        {
            return new PluginFolder(folder, source, null, ex.Message, "");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private sealed class Observation(string fingerprint, long sinceTicks)
    {
        public string Fingerprint { get; } = fingerprint;

        /// <summary>The state judged for this fingerprint, once settled.</summary>
        public PluginFolder? Current { get; set; }

        /// <summary>The most recent settled state, which stands while the folder changes or after it vanished.</summary>
        public PluginFolder? LastSettled { get; set; }

        public bool ReportedWaiting { get; set; }

        /// <summary>
        /// Seen twice with this fingerprint, at least a debounce apart: two looks in quick succession (a rescan
        /// racing the watcher) prove nothing.
        /// </summary>
        public bool IsSettled(long now, TimeSpan debounce) => now - sinceTicks >= (long)debounce.TotalMilliseconds;
    }
}

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// Where the program finds the bundled plugin and keeps its worlds. BenchmarkDotNet runs each benchmark from a
/// project it generates in a folder below this program's output, so both are looked for upwards from there.
/// </summary>
internal static class BenchPaths
{
    private const string PluginFolder = "people-satisfied-agency";

    /// <summary>A folder holding <c>people-satisfied-agency/</c>, the plugin as the build copied it next to this program.</summary>
    public static string BundledPlugins { get; } = FindUpwards(
        dir => Path.Combine(dir, "plugins"),
        candidate => File.Exists(Path.Combine(candidate, PluginFolder, "plugin.json")),
        "plugins/people-satisfied-agency (build the project first)");

    /// <summary><c>APPRAISAL_BENCH_WORLDS</c>, else <c>artifacts/bench/worlds</c> in the repository.</summary>
    public static string Worlds { get; } =
        Environment.GetEnvironmentVariable("APPRAISAL_BENCH_WORLDS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(
                FindUpwards(dir => dir, candidate => File.Exists(Path.Combine(candidate, "Appraisal.sln")), "the repository (Appraisal.sln)"),
                "artifacts", "bench", "worlds");

    private static string FindUpwards(Func<string, string> candidateIn, Func<string, bool> isIt, string what)
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(BenchPaths).Assembly.Location)!, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = candidateIn(dir.FullName);
                if (isIt(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException($"Could not find {what} above {AppContext.BaseDirectory}.");
    }
}

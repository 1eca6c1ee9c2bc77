using System.Collections.Immutable;

namespace Appraisal.Core.Plugins;

/// <summary>
/// Checks a plugin folder without installing it: manifest, contract range and metadata, a load into a
/// temporary collectible context, its types, the smoke test, then unload and collection. It runs the same
/// pipeline as the catalog, so a folder that verifies here activates there (barring appraisal type keys
/// already served by another plugin).
/// </summary>
public sealed class PluginVerifier
{
    private readonly TimeSpan _smokeTestTimeout;

    /// <param name="smokeTestTimeout">How long the smoke test may take; 10 s when null.</param>
    public PluginVerifier(TimeSpan? smokeTestTimeout = null) =>
        _smokeTestTimeout = smokeTestTimeout ?? TimeSpan.FromSeconds(10);

    public async Task<PluginVerificationReport> VerifyAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        folder = Path.GetFullPath(folder);
        if (!Directory.Exists(folder))
        {
            return Report(folder, PluginStatus.NotSupported, null, [], [$"The folder {folder} does not exist."], null);
        }

        PluginManifest manifest;
        try
        {
            manifest = PluginManifest.ReadFromFolder(folder);
        }
        catch (PluginManifestException ex)
        {
            return Report(folder, PluginStatus.NotSupported, null, [], ex.Problems, null);
        }

        var staging = Path.Combine(Path.GetTempPath(), $"appraisal-verify-{Guid.NewGuid():N}");
        try
        {
            var source = new PluginSource(Path.GetDirectoryName(folder) ?? folder, Bundled: false);
            var candidate = new PluginFolder(folder, source, manifest, null, PluginStaging.ComputeHash(folder));
            // Checked before loading only: once loaded, the plugin is always unloaded before returning.
            cancellationToken.ThrowIfCancellationRequested();
            var result = await PluginLoader.LoadAsync(candidate, staging, ImmutableDictionary<string, string>.Empty, _smokeTestTimeout);
            var types = result.Plugin?.AppraisalTypes ?? [];
            var reference = result.Plugin is { } loaded ? loaded.Unload() : result.Unloading;
            bool? unloaded = reference is null ? null : await UnloadVerification.WaitForCollectionAsync(reference);

            var problems = new List<string>();
            if (result.Error is { } error)
            {
                problems.Add(error);
            }

            if (unloaded == false)
            {
                problems.Add($"Its load context was not collected after {UnloadVerification.Rounds} garbage collections: " +
                    "something keeps it alive, so every update of this plugin would leak memory until a restart.");
            }

            return Report(folder, result.Status, manifest, types, problems, unloaded);
        }
        finally
        {
            TryDelete(staging);
        }
    }

    private static PluginVerificationReport Report(string folder, PluginStatus status, PluginManifest? manifest,
        IReadOnlyList<ActiveAppraisalType> types, IReadOnlyList<string> problems, bool? unloaded) =>
        new(folder, status, manifest, types, problems, unloaded);

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temporary copy; the OS cleans the temp folder eventually.
        }
    }
}

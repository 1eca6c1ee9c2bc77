using System.Runtime.CompilerServices;
using Appraisal.Core.Declarative;

namespace Appraisal.Core.Plugins;

/// <summary>
/// The activation pipeline shared by the catalog and the verifier, cheapest checks first and no plugin code
/// before the contract is known to fit: contract range, appraisal type keys, entry assembly present, staging,
/// contract reference in the metadata, then a collectible load context and the smoke test. A declarative plugin
/// takes the same path up to staging, then has its types built from the staged files (no load context) and
/// smoke-tested like any other.
/// </summary>
internal static class PluginLoader
{
    /// <param name="folder">A settled folder with a valid manifest.</param>
    /// <param name="stagingRoot">Where staged copies go.</param>
    /// <param name="keysServedByOthers">Appraisal type keys other active plugins serve, with the plugin serving each.</param>
    /// <param name="smokeTestTimeout">How long the smoke test may take.</param>
    public static async Task<PluginLoadResult> LoadAsync(
        PluginFolder folder,
        string stagingRoot,
        IReadOnlyDictionary<string, string> keysServedByOthers,
        TimeSpan smokeTestTimeout)
    {
        var manifest = folder.Manifest!;
        if (ContractCheck.CheckRange(manifest) is { } rangeProblem)
        {
            return PluginLoadResult.Failed(PluginStatus.NotSupported, rangeProblem);
        }

        if (manifest.AppraisalTypes.FirstOrDefault(keysServedByOthers.ContainsKey) is { } taken)
        {
            return PluginLoadResult.Retry(PluginRetry.ActiveSetChanges,
                $"The appraisal type \"{taken}\" is already served by the active plugin {keysServedByOthers[taken]}; " +
                "one type can be served by one plugin only.");
        }

        if (!manifest.IsDeclarative && !File.Exists(Path.Combine(folder.Path, manifest.EntryAssembly)))
        {
            return PluginLoadResult.Failed(PluginStatus.NotSupported,
                $"The entry assembly {manifest.EntryAssembly} named in {PluginManifest.FileName} is not in the folder.");
        }

        string staged;
        try
        {
            staged = PluginStaging.Stage(folder.Path, stagingRoot, manifest.Id, manifest.Version.ToString(), folder.Hash);
        }
        catch (PluginFolderChangedException ex)
        {
            return PluginLoadResult.Retry(PluginRetry.NextLook, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return PluginLoadResult.Failed(PluginStatus.NotSupported, $"The plugin could not be staged: {ex.Message}");
        }

        if (manifest.IsDeclarative)
        {
            return await ActivateDeclarativeAsync(folder, staged, smokeTestTimeout);
        }

        var entry = Path.Combine(staged, manifest.EntryAssembly);
        if (ContractCheck.CheckReferences(entry) is { } referenceProblem)
        {
            return PluginLoadResult.Failed(PluginStatus.NotSupported, referenceProblem);
        }

        return await ActivateAsync(folder, staged, entry, smokeTestTimeout);
    }

    private static async Task<PluginLoadResult> ActivateAsync(PluginFolder folder, string staged, string entry, TimeSpan smokeTestTimeout)
    {
        PluginLoadContext context;
        try
        {
            context = new PluginLoadContext(folder.DisplayName, entry);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            return PluginLoadResult.Failed(PluginStatus.NotSupported,
                $"The dependencies of {Path.GetFileName(entry)} (its .deps.json) cannot be read: {ex.Message}");
        }

        var smoke = await PluginSmokeTest.RunAsync(context, folder.Manifest!, smokeTestTimeout);
        return smoke.Status == PluginStatus.Active
            ? PluginLoadResult.Loaded(new LoadedPlugin(folder, staged, context, smoke.Types!, smoke.Snapshots))
            : PluginLoadResult.Failed(smoke.Status, smoke.Error!, Unload(context));
    }

    private static async Task<PluginLoadResult> ActivateDeclarativeAsync(PluginFolder folder, string staged, TimeSpan smokeTestTimeout)
    {
        // Read from the staged copy, so what serves is exactly what was hashed and staged, whatever happens to the drop folder.
        var problems = new List<string>();
        var types = DeclarativeLoader.Load(folder.Manifest!, staged, problems.Add);
        if (types is null)
        {
            return PluginLoadResult.Failed(PluginStatus.NotSupported, string.Join("; ", problems));
        }

        var smoke = await PluginSmokeTest.RunDeclaredAsync(types, folder.Manifest!, smokeTestTimeout);
        return smoke.Status == PluginStatus.Active
            ? PluginLoadResult.Loaded(new LoadedPlugin(folder, staged, null, smoke.Types!, smoke.Snapshots))
            : PluginLoadResult.Failed(smoke.Status, smoke.Error!);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference Unload(PluginLoadContext context)
    {
        context.Unload();
        return new WeakReference(context, trackResurrection: true);
    }
}

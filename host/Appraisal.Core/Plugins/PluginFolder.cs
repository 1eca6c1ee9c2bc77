namespace Appraisal.Core.Plugins;

/// <summary>A settled plugin folder: its files stood still between two looks and it has a <c>plugin.json</c>.</summary>
/// <param name="Path">Full path of the folder.</param>
/// <param name="Source">The source folder it was found in.</param>
/// <param name="Manifest">The parsed manifest, or null when it is broken.</param>
/// <param name="ManifestError">Why the manifest is broken, or null.</param>
/// <param name="Hash">SHA-256 of the folder's names and contents; empty when the manifest is broken.</param>
internal sealed record PluginFolder(string Path, PluginSource Source, PluginManifest? Manifest, string? ManifestError, string Hash)
{
    public string Name => System.IO.Path.GetFileName(Path);

    /// <summary><c>id@version</c>, the name of the plugin's load context.</summary>
    public string DisplayName => $"{Manifest!.Id}@{Manifest.Version}";

    /// <summary>Identifies one attempt to activate exactly this content: <c>id@version#hash</c>.</summary>
    public string AttemptKey => $"{DisplayName}#{Hash}";
}

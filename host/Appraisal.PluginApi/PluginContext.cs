namespace Appraisal.PluginApi;

/// <summary>What the host tells a plugin about itself when it creates its appraisal types.</summary>
/// <param name="PluginId">The manifest id, e.g. <c>appraisal.democratic-review</c>.</param>
/// <param name="Version">The manifest version (SemVer).</param>
/// <param name="Settings">The manifest's <c>settings</c> object, flattened to strings; local practice lives here.</param>
public sealed record PluginContext(string PluginId, string Version, IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>A setting, or <paramref name="fallback"/> when the manifest does not name it.</summary>
    public string Setting(string key, string fallback) =>
        Settings.TryGetValue(key, out var value) ? value : fallback;
}

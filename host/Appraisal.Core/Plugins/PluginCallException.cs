namespace Appraisal.Core.Plugins;

/// <summary>
/// A guarded call into a plugin failed: no active plugin serves the type, or the plugin threw or did not
/// answer in time (it is then marked Malfunctioned). The plugin's own exception is deliberately not attached:
/// its stack trace and type belong to the plugin's collectible assembly and would keep it loaded; the message
/// carries its type and text instead, and the catalog logs it.
/// </summary>
public sealed class PluginCallException : Exception
{
    public PluginCallException(string message, string appraisalTypeKey, string? pluginId, string? pluginVersion)
        : base(message)
    {
        AppraisalTypeKey = appraisalTypeKey;
        PluginId = pluginId;
        PluginVersion = pluginVersion;
    }

    /// <summary>The appraisal type the call was for.</summary>
    public string AppraisalTypeKey { get; }

    /// <summary>The plugin that failed, or null when none served the type.</summary>
    public string? PluginId { get; }

    /// <summary>The plugin version that failed, or null when none served the type.</summary>
    public string? PluginVersion { get; }
}

namespace Appraisal.Core.Plugins;

/// <summary>When a failed activation is tried again although its folder did not change.</summary>
internal enum PluginRetry
{
    /// <summary>Only when the folder changes or an admin re-enables the plugin.</summary>
    Never,

    /// <summary>At the next look: the folder changed while it was being staged.</summary>
    NextLook,

    /// <summary>When the set of active plugins changes: another plugin serves one of its appraisal types.</summary>
    ActiveSetChanges,
}

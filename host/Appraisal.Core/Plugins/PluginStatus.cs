namespace Appraisal.Core.Plugins;

/// <summary>Where a plugin version stands (the statuses Jellyfin's plugin manager showed to work).</summary>
public enum PluginStatus
{
    /// <summary>Loaded, smoke-tested, and its appraisal types are served.</summary>
    Active,

    /// <summary>Turned off by an admin; not loaded.</summary>
    Disabled,

    /// <summary>Cannot run on this host: contract range, missing or unloadable types, or a bad manifest.</summary>
    NotSupported,

    /// <summary>Failed its smoke test or a guarded call (threw or hung); not served until replaced or re-enabled.</summary>
    Malfunctioned,

    /// <summary>A newer version of the same plugin is active; this one is kept on disk for rollback.</summary>
    Superseded,
}

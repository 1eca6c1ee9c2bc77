namespace Appraisal.Core.Plugins;

/// <summary>
/// Where the catalog keeps what must survive a restart: which plugins an admin disabled, and the last
/// status and error of each plugin version (shown after a restart even if the folder is gone).
/// </summary>
public interface IPluginStateStore
{
    /// <summary>Ids of plugins an admin has disabled.</summary>
    Task<IReadOnlySet<string>> GetDisabledAsync(CancellationToken cancellationToken = default);

    /// <summary>Records an admin's decision to disable or enable a plugin id.</summary>
    Task SetDisabledAsync(string pluginId, bool disabled, CancellationToken cancellationToken = default);

    /// <summary>Records the current status of every plugin version the catalog knows.</summary>
    Task SaveAsync(IReadOnlyList<PluginEntry> entries, CancellationToken cancellationToken = default);
}

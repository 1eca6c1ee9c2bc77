namespace Appraisal.Core.Plugins;

/// <summary>The outcome of trying to activate one plugin folder.</summary>
/// <param name="Plugin">The loaded, smoke-tested plugin, or null.</param>
/// <param name="Status">Active, NotSupported or Malfunctioned.</param>
/// <param name="Error">Why it is not Active.</param>
/// <param name="RetryWhen">When a failure is worth trying again without a change to the folder.</param>
/// <param name="Unloading">The load context of a failed attempt, already unloading, for the caller to watch.</param>
internal sealed record PluginLoadResult(
    LoadedPlugin? Plugin,
    PluginStatus Status,
    string? Error,
    PluginRetry RetryWhen,
    WeakReference? Unloading)
{
    public static PluginLoadResult Loaded(LoadedPlugin plugin) => new(plugin, PluginStatus.Active, null, PluginRetry.Never, null);

    public static PluginLoadResult Failed(PluginStatus status, string error, WeakReference? unloading = null) =>
        new(null, status, error, PluginRetry.Never, unloading);

    public static PluginLoadResult Retry(PluginRetry when, string error) =>
        new(null, PluginStatus.NotSupported, error, when, null);
}

namespace Appraisal.Core.Plugins;

/// <summary>What one look at the sources found.</summary>
/// <param name="Settled">
/// The settled state of each plugin folder, in source then name order; a folder that is changing, or vanished
/// less than a debounce ago, is listed with its last settled state.
/// </param>
/// <param name="AnyUnsettled">Some folder is new, changing or just vanished: look again after the debounce.</param>
/// <param name="NewlyWaitingForManifest">Settled folders without <c>plugin.json</c>, reported once each.</param>
internal sealed record PluginFolderLook(
    IReadOnlyList<PluginFolder> Settled,
    bool AnyUnsettled,
    IReadOnlyList<string> NewlyWaitingForManifest);

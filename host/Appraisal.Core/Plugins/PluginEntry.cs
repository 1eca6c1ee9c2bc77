namespace Appraisal.Core.Plugins;

/// <summary>A snapshot of one plugin version as the catalog sees it, for logs, <c>/healthz</c>, the API and the admin page.</summary>
/// <param name="Id">Manifest id; for a folder whose manifest cannot be read, the folder name.</param>
/// <param name="Name">Manifest name, or the folder name.</param>
/// <param name="Version">Manifest version, or empty.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="LastError">Why it is not Active, in words an admin can act on; null when Active.</param>
/// <param name="Source">The folder it was found in.</param>
/// <param name="AppraisalTypes">The keys of the appraisal types it provides.</param>
/// <param name="Bundled">Built with the solution (as opposed to dropped in or uploaded).</param>
public sealed record PluginEntry(
    string Id,
    string Name,
    string Version,
    PluginStatus Status,
    string? LastError,
    string Source,
    IReadOnlyList<string> AppraisalTypes,
    bool Bundled);

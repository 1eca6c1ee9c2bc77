namespace Appraisal.Core.Plugins;

/// <summary>One row of <c>plugin_packages</c> without its bytes: what a host compares with its plugin folder.</summary>
/// <param name="Revision">The plugin revision at which it was uploaded; the row's key.</param>
/// <param name="PluginId">The manifest id.</param>
/// <param name="Version">The manifest version.</param>
/// <param name="Folder">Its folder in every host's plugin directory, <c>&lt;id&gt;-&lt;version&gt;</c>.</param>
/// <param name="Sha256">SHA-256 of the package bytes, lower-case hex.</param>
/// <param name="UploadedBy">Who uploaded it, as the audit log names them.</param>
/// <param name="UploadedAt">When, ISO 8601 UTC.</param>
/// <param name="RemovedRevision">The revision at which it was removed, or null while every host should have it.</param>
public sealed record StoredPluginPackage(
    long Revision, string PluginId, string Version, string Folder, string Sha256, string UploadedBy, string UploadedAt, long? RemovedRevision)
{
    public bool Wanted => RemovedRevision is null;
}

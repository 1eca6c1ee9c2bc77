using Appraisal.Core.Storage;
using Appraisal.Host.Cluster;

namespace Appraisal.Host.Endpoints;

/// <summary>The body of <c>/healthz</c>.</summary>
/// <param name="Status"><c>ready</c> or <c>starting</c>.</param>
/// <param name="Database">Storage state.</param>
/// <param name="Plugins">Every plugin version the catalog knows, with its status and last error.</param>
/// <param name="UnloadLeaks">Plugin versions whose load context did not unload (a restart frees them).</param>
/// <param name="PluginPackages">How far this host's plugin folder follows the packages in the database.</param>
public sealed record HealthReport(
    string Status, DatabaseStatus Database, IReadOnlyList<PluginHealth> Plugins, IReadOnlyList<string> UnloadLeaks, PluginFollowerStatus PluginPackages);

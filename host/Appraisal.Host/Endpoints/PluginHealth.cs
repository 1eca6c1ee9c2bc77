using Appraisal.Core.Plugins;

namespace Appraisal.Host.Endpoints;

/// <summary>One plugin version in <c>/healthz</c>.</summary>
public sealed record PluginHealth(string Id, string Name, string Version, string Status, string? Error, IReadOnlyList<string> AppraisalTypes, bool Bundled)
{
    public static PluginHealth From(PluginEntry entry) =>
        new(entry.Id, entry.Name, entry.Version, entry.Status.ToString(), entry.LastError, entry.AppraisalTypes, entry.Bundled);
}

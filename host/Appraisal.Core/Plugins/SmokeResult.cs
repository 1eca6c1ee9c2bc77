using System.Collections.Immutable;
using Appraisal.PluginApi;

namespace Appraisal.Core.Plugins;

/// <summary>The verdict of a smoke test: Active with the created types and their snapshots, or a status and why.</summary>
internal sealed record SmokeResult(
    PluginStatus Status,
    string? Error,
    Dictionary<string, IAppraisalType>? Types,
    ImmutableArray<ActiveAppraisalType> Snapshots)
{
    public static SmokeResult Passed(Dictionary<string, IAppraisalType> types, ImmutableArray<ActiveAppraisalType> snapshots) =>
        new(PluginStatus.Active, null, types, snapshots);

    public static SmokeResult Failed(PluginStatus status, string error) => new(status, error, null, []);
}

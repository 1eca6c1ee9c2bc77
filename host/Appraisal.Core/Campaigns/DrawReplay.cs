using System.Text.Json;
using Appraisal.Core.Distribution;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// Re-runs a draw from its parameters and seed. The same function made the draw, so a revealed seed that matches
/// the published commitment reproduces exactly who was to rate whom (or who was sampled, or the slip order).
/// </summary>
public static class DrawReplay
{
    /// <summary>Balanced peer: rater → subjects. Stratified: sampled id → no subjects. Slips: slip index → no subjects.</summary>
    public static IReadOnlyList<(string Rater, IReadOnlyList<string> Subjects)> Run(DrawParameters parameters, DrawSeed seed)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(seed);
        switch (parameters.Strategy)
        {
            case IssueStrategy.BalancedPeer:
                var assignment = BalancedPeerAssignment.Draw(seed, new BalancedPeerRequest
                {
                    Raters = parameters.Raters ?? [],
                    Subjects = parameters.Subjects ?? [],
                    SubjectsPerRater = parameters.SubjectsPerRater ?? 0,
                    SelfSubjectOf = parameters.SelfSubjectOf,
                    ExclusionGroupOf = parameters.ExclusionGroupOf,
                });
                return [.. (parameters.Raters ?? []).Select(r => (r, assignment.SubjectsByRater[r]))];
            case IssueStrategy.StratifiedSample:
                var allocation = parameters.FixedPerStratum is { } fixedCounts
                    ? SampleAllocation.Fixed(fixedCounts)
                    : SampleAllocation.Proportional(parameters.SampleSize ?? 0);
                var sample = StratifiedSample.Draw(seed, parameters.Roster ?? [], allocation);
                return [.. sample.Selected.Select(e => (e.Id, (IReadOnlyList<string>)[]))];
            default:
                var slips = Enumerable.Range(1, parameters.Count ?? 0).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return [.. ShuffledSlips.Order(seed, slips).Select(i => (i, (IReadOnlyList<string>)[]))];
        }
    }

    /// <summary>Re-runs a stored draw whose seed has been revealed; throws when it has not or does not match.</summary>
    public static IReadOnlyList<(string Rater, IReadOnlyList<string> Subjects)> Run(CampaignDraw draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        if (draw.RevealedSeed is null || !DrawSeed.Verify(draw.RevealedSeed, draw.Commitment))
        {
            throw new InvalidOperationException($"Draw {draw.DrawNo}: the seed is not revealed or does not match its commitment.");
        }

        var parameters = JsonSerializer.Deserialize<DrawParameters>(draw.ParametersJson, CampaignJson.Options)
            ?? throw new FormatException($"Draw {draw.DrawNo}: no parameters.");
        return Run(parameters, DrawSeed.FromHex(draw.RevealedSeed));
    }
}

using Appraisal.Core.Distribution;

namespace Appraisal.Core.Campaigns;

/// <summary>A request to issue ballot codes (测评码) for one rater group.</summary>
/// <param name="GroupKey">The rater group whose ballots the codes open.</param>
/// <param name="Strategy">How codes are handed out.</param>
/// <param name="Count">Slips: how many codes.</param>
/// <param name="SubjectsPerRater">Balanced peer: k, the subjects each rater rates.</param>
/// <param name="Raters">Balanced peer: rater ids; null means the campaign's subjects rate each other.</param>
/// <param name="ExclusionAttribute">Balanced peer: a subject attribute (e.g. <c>office</c>); a rater does not
/// rate subjects sharing its value.</param>
/// <param name="Roster">Stratified sample: the roster to draw from.</param>
/// <param name="SampleSize">Stratified sample: total sample, allocated proportionally to strata.</param>
/// <param name="FixedPerStratum">Stratified sample: a fixed count per stratum instead.</param>
public sealed record IssueRequest(
    string GroupKey,
    IssueStrategy Strategy,
    int? Count = null,
    int? SubjectsPerRater = null,
    IReadOnlyList<string>? Raters = null,
    string? ExclusionAttribute = null,
    IReadOnlyList<RosterEntry>? Roster = null,
    int? SampleSize = null,
    IReadOnlyDictionary<string, int>? FixedPerStratum = null);

namespace Appraisal.Plugins.DemocraticReview.Details;

/// <summary>
/// The 优秀 ≤ 1/3 cap checked on the tally's 优秀 candidates (GraphQL <c>DemocraticReviewExcellentCap</c>). The
/// committee's final grades are checked against <see cref="Cap"/> in the 组织评定 step.
/// </summary>
/// <param name="Mode"><c>flag</c>, <c>enforce</c> or <c>off</c> (不下指标、不定比例).</param>
/// <param name="Fraction">The cap as configured, e.g. <c>1/3</c>.</param>
/// <param name="Base"><c>full</c> (正式党员 only) or <c>all</c> members.</param>
/// <param name="BaseCount">Members the cap is a fraction of.</param>
/// <param name="Cap">Most members that may be 优秀: the fraction of the base rounded down; null when off.</param>
/// <param name="CandidatePercent">优秀 share from which a member is a candidate.</param>
/// <param name="Candidates">Members whose 优秀 share reaches it (suppressed members are never counted).</param>
/// <param name="CandidateIds">Their subject ids.</param>
/// <param name="Exceeded">More candidates than the cap allows.</param>
/// <param name="EnforcedAtDecision">The 组织评定 step must refuse final grades beyond the cap (mode <c>enforce</c>).</param>
public sealed record ExcellentCapResult(
    string Mode,
    string Fraction,
    string Base,
    int BaseCount,
    int? Cap,
    decimal CandidatePercent,
    int Candidates,
    IReadOnlyList<string> CandidateIds,
    bool Exceeded,
    bool EnforcedAtDecision);

namespace Appraisal.Plugins.DemocraticReview.Details;

/// <summary>
/// The typed 民主评议党员 report, <c>Report.democraticReview</c> in GraphQL. Everything in it is suppressed as the
/// tables are: the host guards the tables, not this tree, so the plugin must.
/// </summary>
/// <param name="BallotCount">Ballots the tally can vouch for from the sheets (see <see cref="DemocraticReviewAggregator"/>).</param>
/// <param name="MinimumCellSize">The campaign's minimum cell size.</param>
/// <param name="Members">Every member, in the campaign's order.</param>
/// <param name="Committee">The 支部委员会 aspects, in questionnaire order.</param>
/// <param name="ExcellentCap">The 1/3 cap check.</param>
/// <param name="Rules">Every rule, threshold and mapping applied.</param>
public sealed record DemocraticReviewReport(
    int BallotCount,
    int MinimumCellSize,
    IReadOnlyList<MemberResult> Members,
    IReadOnlyList<CommitteeAspectResult> Committee,
    ExcellentCapResult ExcellentCap,
    IReadOnlyList<AppliedRule> Rules);

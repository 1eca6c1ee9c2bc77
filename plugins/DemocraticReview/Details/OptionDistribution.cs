namespace Appraisal.Plugins.DemocraticReview.Details;

/// <summary>
/// The answers to one item in one cell: one rater group, or the combined total (GraphQL
/// <c>DemocraticReviewDistribution</c>).
/// </summary>
/// <param name="GroupKey">The rater group; null for the combined total.</param>
/// <param name="GroupName">The group's name, or 合计.</param>
/// <param name="GroupNameEn">The English name.</param>
/// <param name="ValidBallots">Ballots that chose an option other than an abstention. Shown even when the cell is
/// suppressed: how many ballots there are says nothing about what they say.</param>
/// <param name="Suppressed">Fewer valid ballots than the minimum cell size, or hidden so that it cannot be
/// worked out from the total and the other groups.</param>
/// <param name="Options">Every option of the item's scale, in scale order.</param>
public sealed record OptionDistribution(
    string? GroupKey,
    string GroupName,
    string GroupNameEn,
    int ValidBallots,
    bool Suppressed,
    IReadOnlyList<OptionShare> Options);

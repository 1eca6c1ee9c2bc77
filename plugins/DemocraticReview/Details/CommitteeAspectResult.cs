namespace Appraisal.Plugins.DemocraticReview.Details;

/// <summary>How the ballots rated the 支部委员会 on one aspect (GraphQL <c>DemocraticReviewCommitteeAspect</c>).</summary>
public sealed record CommitteeAspectResult(
    string ItemKey,
    string Text,
    string TextEn,
    OptionDistribution Total,
    IReadOnlyList<OptionDistribution> Groups);

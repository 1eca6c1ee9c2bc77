namespace Appraisal.Plugins.DemocraticReview.Details;

/// <summary>A member's rating on one optional dimension (理想信念, 宗旨意识, …), combined over the groups (GraphQL <c>DemocraticReviewDimension</c>).</summary>
public sealed record DimensionResult(string ItemKey, string Text, string TextEn, OptionDistribution Total);

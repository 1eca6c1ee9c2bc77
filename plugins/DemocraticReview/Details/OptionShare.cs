namespace Appraisal.Plugins.DemocraticReview.Details;

/// <summary>How often one option was chosen in a cell (GraphQL <c>DemocraticReviewOptionShare</c>).</summary>
/// <param name="Key">The option's key on its scale.</param>
/// <param name="Label">The option as the ballot showed it (Chinese).</param>
/// <param name="LabelEn">The English label.</param>
/// <param name="Abstention">不了解 / 弃权: counted, but outside every denominator.</param>
/// <param name="Count">Ballots choosing it; null when the cell is suppressed.</param>
/// <param name="Share">Percent of the valid ballots, rounded to 2 places; null when suppressed, and for an
/// abstention (不了解 / 弃权), which has no share because it is outside the denominator.</param>
public sealed record OptionShare(string Key, string Label, string LabelEn, bool Abstention, int? Count, decimal? Share);

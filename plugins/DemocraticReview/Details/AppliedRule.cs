namespace Appraisal.Plugins.DemocraticReview.Details;

/// <summary>A rule, threshold or mapping the tally applied, with its value and where it comes from (GraphQL <c>DemocraticReviewRule</c>).</summary>
/// <param name="Key">The setting key, or a fixed name for rules that are not settings.</param>
/// <param name="Rule">What the rule says (Chinese).</param>
/// <param name="RuleEn">What the rule says (English).</param>
/// <param name="Value">The value in force for this campaign.</param>
/// <param name="Source">The DOMAIN.md reference, with its reliability label.</param>
public sealed record AppliedRule(string Key, string Rule, string RuleEn, string Value, string Source);

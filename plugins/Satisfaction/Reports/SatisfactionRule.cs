namespace Appraisal.Plugins.Satisfaction.Reports;

/// <summary>A rule or setting the tally applied, with its value and where the rule comes from.</summary>
/// <param name="Key">Stable key, e.g. <c>mapping.five-level</c>, <c>abstain</c>.</param>
/// <param name="Description">What the rule does (Chinese).</param>
/// <param name="DescriptionEn">What the rule does (English).</param>
/// <param name="Value">The value used.</param>
/// <param name="Source">DOMAIN section and sources, or the setting that changed it.</param>
public sealed record SatisfactionRule(string Key, string Description, string DescriptionEn, string Value, string Source);

namespace Appraisal.Plugins.Satisfaction.Reports;

/// <summary>How often one option was chosen.</summary>
/// <param name="OptionKey">The option.</param>
/// <param name="Label">What raters read.</param>
/// <param name="Count">Answers with this option.</param>
/// <param name="ShareOfValid">Percent of the valid answers; null for options outside the denominator (不了解).</param>
public sealed record SatisfactionOptionCount(string OptionKey, string Label, int Count, decimal? ShareOfValid);

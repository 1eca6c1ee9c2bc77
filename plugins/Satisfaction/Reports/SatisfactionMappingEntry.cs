namespace Appraisal.Plugins.Satisfaction.Reports;

/// <summary>How one option of one scale was counted (published with every report, §2.2 b).</summary>
/// <param name="ScaleKey">The scale.</param>
/// <param name="OptionKey">The option.</param>
/// <param name="Label">What raters read (Chinese).</param>
/// <param name="LabelEn">What raters read (English).</param>
/// <param name="Value">Points on the 100-point mapping; null when the option scores nothing.</param>
/// <param name="ValueSource"><c>default</c>, <c>plugin</c> (plugin.json) or <c>campaign</c>.</param>
/// <param name="CountsAsSatisfied">Counted in the numerator of 满意率.</param>
/// <param name="IsAbstain">不了解 / 弃权: outside the denominators unless the campaign says otherwise.</param>
/// <param name="IsComplaint">A 差评, listed for follow-up.</param>
public sealed record SatisfactionMappingEntry(
    string ScaleKey,
    string OptionKey,
    string Label,
    string LabelEn,
    decimal? Value,
    string ValueSource,
    bool CountsAsSatisfied,
    bool IsAbstain,
    bool IsComplaint);

namespace Appraisal.Plugins.Satisfaction.Reports;

/// <summary>One choice item, for one subject or for all of them.</summary>
/// <param name="ItemKey">The item.</param>
/// <param name="Text">The item's text (Chinese).</param>
/// <param name="TextEn">The item's text (English).</param>
/// <param name="SubjectId">The subject; null for a per-ballot item or all subjects together.</param>
/// <param name="Weight">The item's weight in the combined score.</param>
/// <param name="Suppressed">Fewer valid answers than the minimum cell size: no numbers are given.</param>
/// <param name="InOverall">Whether the item counts in the combined result.</param>
/// <param name="Answered">Answers including 不了解 / 弃权.</param>
/// <param name="Abstained">不了解 / 弃权 answers.</param>
/// <param name="Valid">The denominator of 满意率 and 测评得分.</param>
/// <param name="Satisfied">Answers counted as satisfied.</param>
/// <param name="SatisfactionRate">满意率 in percent: satisfied ÷ valid × 100.</param>
/// <param name="Score">测评得分: the mean mapped value of the valid answers.</param>
/// <param name="Distribution">Answers per option, in scale order.</param>
public sealed record SatisfactionItemResult(
    string ItemKey,
    string Text,
    string TextEn,
    string? SubjectId,
    decimal Weight,
    bool Suppressed,
    bool InOverall,
    int? Answered,
    int? Abstained,
    int? Valid,
    int? Satisfied,
    decimal? SatisfactionRate,
    decimal? Score,
    IReadOnlyList<SatisfactionOptionCount> Distribution);

namespace Appraisal.Plugins.Satisfaction.Reports;

/// <summary>The free texts given to one item (for one subject), identical texts counted once with their number.</summary>
/// <param name="ItemKey">The text item.</param>
/// <param name="Text">The item's text (Chinese).</param>
/// <param name="TextEn">The item's text (English).</param>
/// <param name="SubjectId">The subject; null for a per-ballot item.</param>
/// <param name="SubjectName">The subject's name.</param>
/// <param name="Suppressed">Too few raters could have written them: the texts are withheld.</param>
/// <param name="Total">Texts given; null when suppressed.</param>
/// <param name="Texts">Distinct texts, most frequent first.</param>
public sealed record SatisfactionCommentGroup(
    string ItemKey,
    string Text,
    string TextEn,
    string? SubjectId,
    string? SubjectName,
    bool Suppressed,
    int? Total,
    IReadOnlyList<SatisfactionCommentText> Texts);

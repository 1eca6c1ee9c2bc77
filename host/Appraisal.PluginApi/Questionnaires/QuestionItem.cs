namespace Appraisal.PluginApi.Questionnaires;

/// <summary>One question on the ballot.</summary>
/// <param name="Key">Stable key stored in ballots.</param>
/// <param name="Text">The question as the rater reads it.</param>
/// <param name="Kind">Single choice on a scale, several ticks, or free text.</param>
/// <param name="Scope">Asked once per ballot, or once for every subject the ballot rates.</param>
/// <param name="ScaleKey">The scale of a choice item; null for text.</param>
/// <param name="Required">A ballot without an answer is rejected (unless the item is hidden by its condition).</param>
/// <param name="Weight">Weight of the item in a combined score; 1 by default.</param>
/// <param name="ShowWhen">Shown (and required) only when another item has one of the given answers.</param>
/// <param name="MaxLength">Longest accepted text, in characters.</param>
public sealed record QuestionItem(
    string Key,
    LocalizedText Text,
    ItemKind Kind,
    ItemScope Scope,
    string? ScaleKey = null,
    bool Required = true,
    decimal Weight = 1m,
    ItemCondition? ShowWhen = null,
    int MaxLength = 500);

namespace Appraisal.PluginApi.Ballots;

/// <summary>An answer to one item, for one subject when the item is asked per subject.</summary>
/// <param name="ItemKey">The questionnaire item.</param>
/// <param name="SubjectId">The subject rated; null for items asked once per ballot.</param>
/// <param name="OptionKeys">The chosen options: one for a choice, any for a checklist, none for text or a skipped item.</param>
/// <param name="Text">Free text, for text items and reasons.</param>
public sealed record Answer(string ItemKey, string? SubjectId, IReadOnlyList<string> OptionKeys, string? Text = null);

using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>A text item shown by some answers of a choice item: the reason for those answers.</summary>
/// <param name="Item">The text item.</param>
/// <param name="Choice">The choice item whose answers show it.</param>
/// <param name="Options">The option keys that show it.</param>
internal sealed record ReasonItem(QuestionItem Item, ChoiceItem Choice, IReadOnlySet<string> Options);

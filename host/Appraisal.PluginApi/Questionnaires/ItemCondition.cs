namespace Appraisal.PluginApi.Questionnaires;

/// <summary>An item is shown when the item <paramref name="ItemKey"/> (for the same subject) has one of <paramref name="OptionKeys"/>.</summary>
public sealed record ItemCondition(string ItemKey, IReadOnlyList<string> OptionKeys);

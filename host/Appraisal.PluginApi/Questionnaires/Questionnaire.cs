namespace Appraisal.PluginApi.Questionnaires;

/// <summary>What a ballot asks: answer scales and the items that use them, in the order shown.</summary>
public sealed record Questionnaire(IReadOnlyList<Scale> Scales, IReadOnlyList<QuestionItem> Items)
{
    /// <summary>The scale with this key, or null.</summary>
    public Scale? FindScale(string? key) => key is null ? null : Scales.FirstOrDefault(s => s.Key == key);

    /// <summary>The item with this key, or null.</summary>
    public QuestionItem? FindItem(string key) => Items.FirstOrDefault(i => i.Key == key);
}

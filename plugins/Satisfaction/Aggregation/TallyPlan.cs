using Appraisal.Plugins.Satisfaction.Settings;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>What the tally reads from the questionnaire: the choice items it counts, the text items, and which text items are reasons.</summary>
/// <param name="Scales">The scales with the campaign's mapping applied.</param>
/// <param name="Choices">Single-choice items on a known scale, in questionnaire order.</param>
/// <param name="TextItems">Free-text items, in questionnaire order.</param>
/// <param name="Reasons">Text items shown by answers of a choice item.</param>
/// <param name="Skipped">Items the tally does not count (checklists, choices on an unknown scale).</param>
internal sealed record TallyPlan(
    IReadOnlyDictionary<string, ResolvedScale> Scales,
    IReadOnlyList<ChoiceItem> Choices,
    IReadOnlyList<QuestionItem> TextItems,
    IReadOnlyList<ReasonItem> Reasons,
    IReadOnlyList<QuestionItem> Skipped)
{
    /// <summary>The scales the counted items use, in the order of first use.</summary>
    public IEnumerable<ResolvedScale> UsedScales => Choices.Select(c => c.Scale).DistinctBy(s => s.Key);

    public static TallyPlan Of(Questionnaire questionnaire, SatisfactionSettings settings)
    {
        var scales = ScaleResolver.Resolve(questionnaire, settings);
        var choices = new List<ChoiceItem>();
        var texts = new List<QuestionItem>();
        var skipped = new List<QuestionItem>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in questionnaire.Items ?? [])
        {
            if (item?.Key is null || !keys.Add(item.Key))
            {
                continue;
            }

            if (item.Kind == ItemKind.Text)
            {
                texts.Add(item);
            }
            else if (item.Kind == ItemKind.Choice && item.ScaleKey is not null && scales.TryGetValue(item.ScaleKey, out var scale))
            {
                choices.Add(new ChoiceItem(choices.Count, item, scale));
            }
            else
            {
                skipped.Add(item);
            }
        }

        var choiceByKey = choices.ToDictionary(c => c.Item.Key, StringComparer.Ordinal);
        var reasons = texts
            .Where(t => t.ShowWhen?.ItemKey is { } key && choiceByKey.ContainsKey(key))
            .Select(t => new ReasonItem(t, choiceByKey[t.ShowWhen!.ItemKey],
                (t.ShowWhen.OptionKeys ?? []).Where(o => o is not null).ToHashSet(StringComparer.Ordinal)))
            .ToArray();
        return new TallyPlan(scales, choices, texts, reasons, skipped);
    }
}

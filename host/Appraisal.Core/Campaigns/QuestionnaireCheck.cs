using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// Checks that a questionnaire is coherent before a campaign uses it: unique keys, scales that exist, conditions
/// that point to an earlier choice item and to options on its scale. Returns the first problem, or null.
/// </summary>
public static class QuestionnaireCheck
{
    /// <summary>The most items a ballot may ask; beyond this a page is unusable anyway.</summary>
    public const int MaxItems = 200;

    public static CampaignProblem? FindProblem(Questionnaire? questionnaire)
    {
        if (questionnaire is null || questionnaire.Items is null || questionnaire.Scales is null)
        {
            return CampaignProblem.Invalid("questionnaire", "问卷不能为空。", "The questionnaire is missing.");
        }

        if (questionnaire.Items.Count is 0 or > MaxItems)
        {
            return CampaignProblem.Invalid("questionnaire.items", $"问卷须有 1 至 {MaxItems} 个题目。", $"A questionnaire has 1 to {MaxItems} items.");
        }

        var scales = new Dictionary<string, Scale>(StringComparer.Ordinal);
        for (var s = 0; s < questionnaire.Scales.Count; s++)
        {
            var scale = questionnaire.Scales[s];
            var field = $"questionnaire.scales[{s}]";
            if (scale is null || !InputRules.IsKey(scale.Key) || scale.Options is null || scale.Options.Count is 0 or > 20)
            {
                return CampaignProblem.Invalid(field, "量表须有合法的键和 1 至 20 个选项。", "A scale needs a valid key and 1 to 20 options.");
            }

            if (!scales.TryAdd(scale.Key, scale))
            {
                return CampaignProblem.Invalid(field, $"量表键 {scale.Key} 重复。", $"Scale key {scale.Key} is used twice.");
            }

            if (scale.Options.Any(o => o is null || !InputRules.IsKey(o.Key)) || scale.Options.DistinctBy(o => o.Key).Count() != scale.Options.Count)
            {
                return CampaignProblem.Invalid(field, "选项键须合法且不重复。", "Option keys must be valid and distinct.");
            }
        }

        var items = new Dictionary<string, QuestionItem>(StringComparer.Ordinal);
        for (var i = 0; i < questionnaire.Items.Count; i++)
        {
            var item = questionnaire.Items[i];
            var field = $"questionnaire.items[{i}]";
            if (item is null || !InputRules.IsKey(item.Key) || item.Text is null)
            {
                return CampaignProblem.Invalid(field, "题目须有合法的键和题干。", "An item needs a valid key and text.");
            }

            if (items.ContainsKey(item.Key))
            {
                return CampaignProblem.Invalid(field, $"题目键 {item.Key} 重复。", $"Item key {item.Key} is used twice.");
            }

            if (item.Kind != ItemKind.Text && (item.ScaleKey is null || !scales.ContainsKey(item.ScaleKey)))
            {
                return CampaignProblem.Invalid(field, $"题目 {item.Key} 引用的量表不存在。", $"Item {item.Key} names a scale that does not exist.");
            }

            if (item.MaxLength is < 1 or > 10_000 || item.Weight < 0)
            {
                return CampaignProblem.Invalid(field, "字数上限须在 1 至 10000 之间，权重不能为负。", "Max length is 1 to 10000 and weights are not negative.");
            }

            if (item.ShowWhen is { } condition)
            {
                if (!items.TryGetValue(condition.ItemKey, out var earlier) || earlier.Kind == ItemKind.Text
                    || (earlier.Scope == ItemScope.PerSubject && item.Scope != ItemScope.PerSubject))
                {
                    return CampaignProblem.Invalid(field, $"题目 {item.Key} 的显示条件须引用前面的选择题。", $"The condition of {item.Key} must name an earlier choice item.");
                }

                var options = scales[earlier.ScaleKey!].Options;
                if (condition.OptionKeys is null || condition.OptionKeys.Count == 0 || condition.OptionKeys.Any(k => options.All(o => o.Key != k)))
                {
                    return CampaignProblem.Invalid(field, $"题目 {item.Key} 的显示条件引用了不存在的选项。", $"The condition of {item.Key} names an option that does not exist.");
                }
            }

            items.Add(item.Key, item);
        }

        return null;
    }
}

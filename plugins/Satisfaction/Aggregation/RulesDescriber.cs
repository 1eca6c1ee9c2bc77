using System.Globalization;
using Appraisal.Plugins.Satisfaction.Reports;
using Appraisal.Plugins.Satisfaction.Settings;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>
/// The rules table: every definition, mapping and setting the tally used, with its value and where it comes
/// from, so a published report can be checked by hand (§2.2 b: the mapping is shown on every report).
/// </summary>
internal static class RulesDescriber
{
    public static SatisfactionRule[] Describe(SatisfactionSettings settings, TallyPlan plan, AggregationInput input, int minimumCellSize)
    {
        var rules = new List<SatisfactionRule>();
        foreach (var scale in plan.UsedScales)
        {
            var changed = scale.Options.Where(o => o.ValueSource != SettingSource.Default).Select(o => o.ValueSource).Distinct().ToArray();
            rules.Add(new SatisfactionRule(
                "mapping." + scale.Key,
                $"{scale.Name.ZhCn}：选项换算为百分制分值",
                $"{scale.Name.En}: points per option on the 100-point mapping",
                string.Join("、", scale.Options.Select(o => $"{o.Label.ZhCn}={(o.Value is { } v ? Number(v) : "不计分")}")),
                changed.Length == 0
                    ? "DOMAIN §2.2 通用换算 [W] S38 S39；问卷分值"
                    : "设置 mapping.*（" + string.Join("、", changed.Select(DetailsBuilder.SourceName)) + "）"));
        }

        rules.Add(new SatisfactionRule(
            SatisfactionSettings.SatisfiedKey,
            "计入满意的选项",
            "Options counted as satisfied",
            Labels(plan, o => o.Satisfied),
            Source(settings, SatisfactionSettings.SatisfiedKey, "DOMAIN §2.3 “基本满意以上” S37 S49 S50；量表标记")));
        rules.Add(new SatisfactionRule(
            SatisfactionSettings.AbstainExcludedKey,
            settings.AbstainExcluded
                ? "不了解／弃权不计入任何分母（满意率与测评得分）"
                : "不了解／弃权计入分母：满意率中不算满意，测评得分按其分值（未设则 0 分）计",
            settings.AbstainExcluded
                ? "Don't-know / abstain answers are left out of every denominator"
                : "Don't-know / abstain answers count in the denominators: not satisfied, scoring their mapped value or 0",
            settings.AbstainExcluded ? "true" : "false",
            Source(settings, SatisfactionSettings.AbstainExcludedKey, "DOMAIN §2.2 (c) S40 S46")));
        rules.Add(new SatisfactionRule(
            "satisfaction-rate",
            "满意率 = 计入满意的评价数 ÷ 有效评价数 × 100%（比例，与测评得分分开）",
            "Satisfaction rate = satisfied answers ÷ valid answers × 100 % (a share, kept apart from the score)",
            "%",
            "DOMAIN §2.2 (a)、§2.3；开县案例 S69"));
        rules.Add(new SatisfactionRule(
            "score",
            "测评得分 = Σ 各选项占比 × 分值（有效评价的平均分值）",
            "Score = Σ share of each option × its points (the mean mapped value of the valid answers)",
            "0–100",
            "DOMAIN §2.2 S38 S39"));
        rules.Add(new SatisfactionRule(
            "overall.score",
            "综合测评得分 = Σ 权重 × 指标得分 ÷ Σ 权重；只计权重大于 0 且未被隐藏的指标",
            "Overall score = Σ weight × item score ÷ Σ weight over items with a positive weight that are shown",
            string.Join("、", plan.Choices.Select(c => $"{c.Item.Text.ZhCn}={Number(c.Item.Weight)}")),
            "DOMAIN §2.4 S = Σ λj·Sj [W] S38（例：S44 定分值，S45 等权）；问卷权重"));
        rules.Add(new SatisfactionRule(
            SatisfactionSettings.OverallRateKey,
            settings.OverallRate == OverallRateMethod.Pooled
                ? "总体满意率 = 参与综合的指标中计入满意的评价数 ÷ 其有效评价数"
                : "总体满意率 = Σ 权重 × 指标满意率 ÷ Σ 权重",
            settings.OverallRate == OverallRateMethod.Pooled
                ? "Overall rate = satisfied answers ÷ valid answers over the combined items"
                : "Overall rate = Σ weight × item rate ÷ Σ weight",
            settings.OverallRate == OverallRateMethod.Pooled ? "pooled" : "weighted",
            Source(settings, SatisfactionSettings.OverallRateKey, "DOMAIN §2.3 总体满意率 S49 S50")));
        rules.Add(new SatisfactionRule(
            SatisfactionSettings.ComplaintOptionsKey,
            "差评选项：每条差评连同原因列出，供核实、整改、回访、办结；不含任何可识别评价人的信息",
            "Options that make a 差评: each is listed with its reason for follow-up, with nothing identifying the rater",
            Labels(plan, o => o.Complaint),
            Source(settings, SatisfactionSettings.ComplaintOptionsKey, "DOMAIN §2.3 差评 = 不满意 + 非常不满意 [N] S30 S33；需说明原因的选项")));
        rules.Add(new SatisfactionRule(
            SatisfactionSettings.ReasonRequiredKey,
            "差评须填写原因（不得为空白）",
            "A 差评 must give a non-blank reason",
            settings.ReasonRequired ? "true" : "false",
            Source(settings, SatisfactionSettings.ReasonRequiredKey, "DOMAIN §2.3 S30 S33")));
        rules.Add(new SatisfactionRule(
            SatisfactionSettings.DeadlineKey,
            "差评办结时限（工作日，自列入跟踪之日起，按本站工作日历计）",
            "Working days to settle a 差评, counted from the day it is listed for follow-up on the site's working-day calendar",
            settings.DeadlineWorkingDays.ToString(CultureInfo.InvariantCulture),
            Source(settings, SatisfactionSettings.DeadlineKey, "DOMAIN §2.6 [L] S33")));
        rules.Add(new SatisfactionRule(
            "suppression",
            "有效评价少于最小单元数的单元格不显示数字，其意见和差评也不列出；被隐藏的指标不计入综合结果；按对象分列的指标，若被隐藏对象的有效评价合计少于最小单元数，其合计也隐藏（防止相减反推）",
            "Cells with fewer valid answers than the minimum are shown without numbers, and their comments and 差评 are withheld; hidden items stay out of the overall result; an item's total over subjects is hidden too when the hidden subjects together are a small cell, so it cannot be subtracted back",
            minimumCellSize.ToString(CultureInfo.InvariantCulture),
            "DESIGN §6"));
        rules.Add(new SatisfactionRule(
            "comments",
            "意见按题目（及评价对象）归类，相同文字合并计数（去除首尾及重复空白）",
            "Comments grouped by item (and subject); identical texts, white space aside, are counted together",
            "",
            "DESIGN §1"));
        rules.Add(new SatisfactionRule(
            "rater-groups",
            "各评价群体的评价合并统计，不按群体加权",
            "Ballots of all rater groups are counted together, without group weights",
            (input.RaterGroups?.Count ?? 0).ToString(CultureInfo.InvariantCulture),
            "插件规则：群体加权属人民满意机关类型（DOMAIN §3.2）"));
        rules.Add(new SatisfactionRule(
            SatisfactionSettings.DecimalsKey,
            "满意率、得分保留的小数位数（四舍五入）",
            "Decimal places of rates and scores (rounded half away from zero)",
            settings.Decimals.ToString(CultureInfo.InvariantCulture),
            Source(settings, SatisfactionSettings.DecimalsKey, "默认")));
        if (plan.UsedScales.Any(s => s.Options.Any(o => !o.Abstain && o.Value is null)))
        {
            rules.Add(new SatisfactionRule(
                "unscored-options",
                "没有分值的选项计入满意率的分母，不计入测评得分",
                "Options without points count in the rate's denominator but not in the score",
                Labels(plan, o => !o.Abstain && o.Value is null),
                "问卷"));
        }

        foreach (var item in plan.Skipped)
        {
            rules.Add(new SatisfactionRule("not-counted", "此题不参与满意度统计（多选题或量表不存在）", "Item not counted (checklist or unknown scale)", item.Key, "问卷"));
        }

        foreach (var ignored in settings.Ignored)
        {
            rules.Add(new SatisfactionRule("setting-ignored", "未采用的设置", "Setting ignored", ignored, "设置"));
        }

        return [.. rules];
    }

    private static string Labels(TallyPlan plan, Func<ResolvedOption, bool> selected)
    {
        var labels = plan.UsedScales.SelectMany(s => s.Options.Where(selected).Select(o => o.Label.ZhCn)).Distinct().ToArray();
        return labels.Length == 0 ? "（无）" : string.Join("、", labels);
    }

    private static string Source(SatisfactionSettings settings, string key, string domain) =>
        settings.SourceOf(key) switch
        {
            SettingSource.Campaign => $"活动设置 {key}",
            SettingSource.Plugin => $"plugin.json {key}",
            _ => domain,
        };

    private static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}

using System.Globalization;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;
using Appraisal.Plugins.PeopleSatisfiedAgency.Details;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// Every rule, weight and mapping a tally applied, in words (DOMAIN §2.2 (b): the mapping is shown on every
/// published report; §3.2: weights are campaign-specific, so the report must say which were used).
/// </summary>
internal static class AgencyRuleText
{
    public static IReadOnlyList<AgencyRule> Describe(
        AggregationInput input, IReadOnlyList<ScoredItem> items, IReadOnlyList<RaterGroup> groups,
        IReadOnlyDictionary<string, WeightTree> trees, IReadOnlyList<AgencyResult> agencies, AgencySettings settings)
    {
        var rules = new List<AgencyRule>();
        void Add(string key, string zh, string en) => rules.Add(new AgencyRule(key, zh, en));

        foreach (var scale in items.Select(i => input.Questionnaire.FindScale(i.Item.ScaleKey)!).DistinctBy(s => s.Key))
        {
            Add("mapping",
                $"{scale.Name.ZhCn}：" + string.Join("，", scale.Options.Select(o => o.Value is { } v && !o.IsAbstain ? $"{o.Label.ZhCn} {N(v)} 分" : $"{o.Label.ZhCn} 不计分、不计入分母")),
                $"{scale.Name.En}: " + string.Join(", ", scale.Options.Select(o => o.Value is { } v && !o.IsAbstain ? $"{o.Label.En} {N(v)}" : $"{o.Label.En} scores nothing and leaves the denominator")));
        }

        Add("indicator-weights",
            "指标权重：" + string.Join("，", items.Select(i => $"{i.Item.Text.ZhCn} {N(i.Item.Weight)}")),
            "Indicator weights: " + string.Join(", ", items.Select(i => $"{i.Item.Text.En} {N(i.Item.Weight)}")));
        Add("group-score",
            "群体得分：该群体对该单位全部有效回答的分值按指标权重加权平均（不了解除外）。",
            "Group score: the mean points of the group's valid answers about the agency, weighted by indicator (don't-know excluded).");

        var trimmed = settings.TrimGroups.Count == 0
            ? ("不去掉最高分、最低分。", "No trimmed mean.")
            : ($"{string.Join("、", settings.TrimGroups.Order(StringComparer.Ordinal))}：该群体对某单位的有效票不少于 {settings.TrimMinBallots} 张时，" +
               $"去掉每张票得分（该票有效回答的加权平均）最高和最低的各 {TrimZh(settings)}，剩余各票得分的平均为群体得分；剩余票数少于 {Math.Max(1, input.MinimumCellSize)} 张时不去掉。分项得分不去掉。",
               $"{string.Join(", ", settings.TrimGroups.Order(StringComparer.Ordinal))}: with at least {settings.TrimMinBallots} sheets for an agency, " +
               $"the {TrimEn(settings)} highest and lowest per-sheet scores (each sheet's weighted mean) are dropped and the group score is the mean of the rest; " +
               $"never when fewer than {Math.Max(1, input.MinimumCellSize)} sheets would remain. Indicator means are not trimmed.");
        Add("trim", trimmed.Item1, trimmed.Item2);

        foreach (var group in groups)
        {
            var byClass = group.WeightsByUnitClass.OrderBy(w => w.Key, StringComparer.Ordinal).ToArray();
            Add("weight",
                $"{group.Name.ZhCn}（{group.Key}）：" + (group.IsAdvisory ? "参考，不计入综合得分"
                    : $"权重 {(group.Weight is { } w ? N(w) : "无（其他类别不计入）")}" + string.Concat(byClass.Select(c => $"；{c.Key} {N(c.Value)}"))),
                $"{group.Name.En} ({group.Key}): " + (group.IsAdvisory ? "advisory, not combined"
                    : $"weight {(group.Weight is { } w2 ? N(w2) : "none (other classes: advisory)")}" + string.Concat(byClass.Select(c => $"; {c.Key} {N(c.Value)}"))));
        }

        if (groups.Any(g => g.Key.Contains('.', StringComparison.Ordinal)))
        {
            foreach (var (unitClass, tree) in trees.OrderBy(t => t.Key, StringComparer.Ordinal))
            {
                var nodes = tree.NodeWeights().OrderBy(n => n.Path, StringComparer.Ordinal).ToArray();
                if (nodes.Length == 0)
                {
                    continue;
                }

                var label = unitClass.Length == 0 ? "未分类" : unitClass;
                Add("nesting",
                    $"{label}：键含“.”的群体先在上一级内按各自权重合成，上一级再以其权重参与合成：" +
                        string.Join("，", nodes.Select(n => $"{n.Path} {N(n.Weight)}{(n.FromSetting ? "（设置 weight." + n.Path + "）" : "（成员权重之和）")}")),
                    $"{(unitClass.Length == 0 ? "Unclassified" : unitClass)}: groups with a dot in their key are combined within their parent first, which then enters with its own weight: " +
                        string.Join(", ", nodes.Select(n => $"{n.Path} {N(n.Weight)}{(n.FromSetting ? " (setting weight." + n.Path + ")" : " (sum of its members)")}")));
            }
        }

        var combinedAt = Math.Max(settings.MinBallots, input.MinimumCellSize);
        Add("composite", settings.WithholdWhenGroupMissing
                ? "综合得分：各计入群体得分的加权平均；任一有权重的群体缺少得分时，该单位不计综合得分。"
                : "综合得分：各计入群体得分的加权平均；某群体缺少得分时，其权重在同一层级的其余群体间按比例重新分配（权重重新归一）。",
            settings.WithholdWhenGroupMissing
                ? "Composite: the weighted mean of the combined group scores; an agency missing any weighted group gets no composite."
                : "Composite: the weighted mean of the combined group scores; a missing group's weight is shared among the others at its level in proportion (weights renormalised).");
        Add("minimum",
            $"某群体对某单位的有效票（至少一个有效回答的票）少于 {input.MinimumCellSize} 张时，该格不公布，也不计入综合得分和分项得分；" +
                $"少于 {combinedAt} 张时只公布、不计入综合。分项平均的有效回答少于 {input.MinimumCellSize} 个时不公布。",
            $"A group's cell for an agency with fewer than {input.MinimumCellSize} sheets holding a valid answer is not shown and not combined; " +
                $"below {combinedAt} it is shown but not combined. An indicator mean on fewer than {input.MinimumCellSize} valid answers is not shown.");
        Add("rounding",
            $"综合得分由未经舍入的群体得分算出，公布时四舍五入保留 {settings.Decimals} 位小数；等次和名次按公布的得分确定。",
            $"The composite is computed from unrounded group scores and published rounded half away from zero to {settings.Decimals} decimals; tiers and ranks use the published score.");
        Add("tiers",
            string.Join("；", settings.Tiers.Select(t => t.Threshold is { } th ? $"≥{N(th)} {t.Name.ZhCn}" : $"其余 {t.Name.ZhCn}")),
            string.Join("; ", settings.Tiers.Select(t => t.Threshold is { } th ? $">= {N(th)} {t.Name.En}" : $"otherwise {t.Name.En}")));
        Add("ranking", settings.DenseRanking
                ? "按单位类别分别排名；得分相同名次并列，其后名次连续（1、2、2、3）。"
                : "按单位类别分别排名；得分相同名次并列，其后名次顺延（1、2、2、4）。",
            settings.DenseRanking
                ? "Ranked within each unit class; equal scores share a place and the next place follows on (1, 2, 2, 3)."
                : "Ranked within each unit class; equal scores share a place and the next place is skipped (1, 2, 2, 4).");

        var lowest = settings.Tiers[^1].Name;
        var vetoed = agencies.Where(a => a.Vetoed).ToArray();
        Add("veto",
            $"一票否决：等次定为{lowest.ZhCn}，{(settings.VetoedUnranked ? "不参与排名" : "排在本类最后（并列）")}。" +
                (vetoed.Length == 0 ? "本次无。" : "本次：" + string.Join("；", vetoed.Select(a => a.VetoReason is null ? a.Name : $"{a.Name}（{a.VetoReason}）")) + "。"),
            $"Veto (一票否决): tier {lowest.En}, {(settings.VetoedUnranked ? "not ranked" : "last place in its class (shared)")}. " +
                (vetoed.Length == 0 ? "None this time." : "This time: " + string.Join("; ", vetoed.Select(a => a.VetoReason is null ? a.Id : $"{a.Id} ({a.VetoReason})")) + "."));

        var unranked = input.Subjects.Where(AgencyAttributes.IsUnranked).ToArray();
        if (unranked.Length > 0)
        {
            Add("unranked",
                "只评议、不排名（ranked=false，如征求意见单位）：" + string.Join("、", unranked.Select(s => s.Name)) + "。",
                "Rated but not ranked (ranked=false): " + string.Join(", ", unranked.Select(s => s.Id)) + ".");
        }

        return rules;
    }

    private static string TrimZh(AgencySettings settings) =>
        settings.TrimPercent > 0m ? $"{N(settings.TrimPercent)}%（向下取整）" : $"{settings.TrimCount} 张";

    private static string TrimEn(AgencySettings settings) =>
        settings.TrimPercent > 0m ? $"{N(settings.TrimPercent)} % (rounded down) of" : settings.TrimCount.ToString(CultureInfo.InvariantCulture);

    private static string N(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}

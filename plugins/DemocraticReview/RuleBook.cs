using System.Globalization;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.Plugins.DemocraticReview.Details;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// Every rule, threshold and mapping a tally applied, with the value in force and its DOMAIN.md source, so the
/// report says how it was made (issue 5: "Reports name the rules and mappings they applied").
/// </summary>
internal static class RuleBook
{
    public static IReadOnlyList<AppliedRule> Rules(TallyBuilder tally, ReviewSettings settings, DemocraticReviewReport report)
    {
        var rules = new List<AppliedRule>
        {
            new("grade-scale",
                "测评等次及其键值；弃权、不了解不计入有效票，不进入任何占比的分母",
                "Grades and their keys; abstentions and don't-knows are not valid votes and stay out of every denominator",
                GradeMapping(tally.GradeScale),
                "DOMAIN §1.4 [N] S1, S9, S10; §2.2 (c) [L] S40, S46"),
            new("valid-ballots",
                "有效票：对该党员作出非弃权等次的选票；分张投入的选票按每名党员的答案计数",
                "Valid ballots: ballots giving the member a grade other than an abstention, counted per member from the answers",
                "按答案计数", "DOMAIN §1.9 item 4"),
            new(ReviewSettings.ListProbationaryKey,
                "预备党员参加评议、评议他人，但不评定等次，不计票、不计入标记和优秀候选",
                "Probationary members rate others but are not graded, counted, flagged or proposed",
                settings.ListProbationary ? "true（汇总表列出并注明“不定等次”）" : "false（汇总表不列出）",
                "DOMAIN §1.4 [W] S3, S4, S5"),
            new("combined-total",
                "合计：有权重的评议群体按权重对各群体占比加权平均（票数直接相加）；无权重的群体（如群众）单独列出，不计入合计；反向情形按合计群体的勾选数直接相加",
                "Total: the weighted mean of the weighted groups' shares (counts simply add up); groups without a weight (e.g. the public) are listed apart and not combined; warning-sign ticks of the combined groups add up",
                GroupWeights(tally), "DOMAIN §1.6 [L] S22; §7 item 3"),
            new(ReviewSettings.UnqualifiedFlagPercentKey,
                "不合格票占有效票的比例达到该值时标记，仅作组织评定的提示，不自动定等次",
                "Flag when unqualified votes reach this share of valid ballots; a prompt for the committee, never a grade",
                $"≥ {MemberFlags.Percent(settings.UnqualifiedFlagPercent)}%",
                "DOMAIN §1.4: no national numeric rule (§7 item 1); 50% from S15 [L]"),
            new(ReviewSettings.NegativeSignsFlagPercentKey,
                "勾选任一反向情形的选票超过有效票的该比例时标记",
                "Flag when ballots ticking any warning sign exceed this share of valid ballots",
                $"> {MemberFlags.Percent(settings.NegativeSignsFlagPercent)}%",
                "DOMAIN §1.4: 过半数勾选不合格情形 S15 [L]; 10 反向情形 S13, S14 [L]"),
            new(ReviewSettings.ExcellentCandidatePercentKey,
                "优秀票占有效票的比例达到该值时列为优秀候选，供组织评定参考",
                "A member whose excellent votes reach this share is a candidate for excellent, for the committee to consider",
                $"≥ {MemberFlags.Percent(settings.ExcellentCandidatePercent)}%",
                "DOMAIN gives no number; majority chosen as the default; 看票不唯票 §1.4 [W] S10, S13"),
            new(ReviewSettings.CapModeKey,
                "优秀等次一般不超过党员总数的规定比例：flag 只提示，enforce 在组织评定时强制，off 不设比例（不下指标、不定比例）",
                "Excellent grades generally at most the fraction of members: flag warns, enforce is applied at the committee's decision, off sets no quota",
                settings.CapMode, "DOMAIN §1.4 [N] S1, S4, S5, S6; off: S13 [L]; §7 item 2"),
            new(ReviewSettings.CapFractionKey,
                "上限 = 基数 × 比例，向下取整（“不超过”）",
                "Cap = base × fraction, rounded down (\"not more than\")",
                report.ExcellentCap.Cap is { } cap
                    ? $"{settings.CapFraction} × {report.ExcellentCap.BaseCount} → {cap}"
                    : $"{settings.CapFraction}（不适用）",
                "DOMAIN §1.4 [N] S1"),
            new(ReviewSettings.CapBaseKey,
                "比例的基数：full 为正式党员（预备党员不计），all 为全体党员",
                "The base of the fraction: full members only (full), or every member (all)",
                settings.CapBase, "DOMAIN §1.4 [L] S3"),
            new("minimum-cell-size",
                "有效票少于该数的格不显示票数、占比、标记、反向情形和存在问题；仅一个群体被隐藏时，另隐藏一个群体，防止由合计反推",
                "Cells with fewer valid ballots show no counts, shares, flags, warning signs or texts; when only one group is hidden, another is hidden too so it cannot be derived from the total",
                report.MinimumCellSize.ToString(CultureInfo.InvariantCulture),
                "DOMAIN §1.7 (min-sample, S94); campaign setting of the host"),
            new("shares",
                "占比 = 票数 ÷ 有效票 × 100，显示保留两位小数；标记按未舍入的值判断",
                "Share = count ÷ valid ballots × 100, shown to 2 places; flags compare the unrounded value",
                "%", "DOMAIN §1.9 item 4"),
        };

        if (settings.Unreadable.Count > 0)
        {
            rules.Add(new AppliedRule("unreadable-settings",
                "以下设置的值无法识别，已改用插件默认值",
                "These settings could not be read; the plugin's defaults were used",
                string.Join(", ", settings.Unreadable), "plugin.json settings"));
        }

        return rules;
    }

    private static string GradeMapping(Scale? scale) =>
        scale is null
            ? "（问卷中没有等次题）"
            : string.Join("；", scale.Options.Select(o => o.IsAbstain ? $"{o.Label.ZhCn}={o.Key}（弃权）" : $"{o.Label.ZhCn}={o.Key}"));

    private static string GroupWeights(TallyBuilder tally)
    {
        if (tally.PooledFallback)
        {
            return "没有设置权重的群体，全部群体等权合计";
        }

        var parts = tally.Groups.Select(g => g.Group switch
        {
            null => $"{g.Name.ZhCn} ×1",
            { IsAdvisory: true } => $"{g.Name.ZhCn} 不计入合计",
            { WeightsByUnitClass.Count: > 0 } group => $"{g.Name.ZhCn} ×{Number(group.Weight)}（按单位类别另有权重）",
            { } group => $"{g.Name.ZhCn} ×{Number(group.Weight)}",
        });
        return string.Join("；", parts.DefaultIfEmpty("（无评议群体）"));
    }

    private static string Number(decimal? value) =>
        value is { } v ? v.ToString("0.####", CultureInfo.InvariantCulture) : "—";
}

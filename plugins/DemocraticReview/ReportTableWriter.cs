using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;
using Appraisal.Plugins.DemocraticReview.Details;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// The generic tables, written from the typed report so that pages, exports and the GraphQL tree can never
/// disagree. A suppressed value becomes <see cref="ReportCell.Hidden"/>; an empty cell (a 预备党员's counts) is a
/// cell with neither text nor number.
/// </summary>
internal static class ReportTableWriter
{
    private static readonly ReportCell Empty = new(null);

    public static IReadOnlyList<ReportTable> Write(DemocraticReviewReport report, TallyBuilder tally, ReviewSettings settings)
    {
        var tables = new List<ReportTable> { Summary(report, tally.GradeScale, settings), Groups(report, tally.GradeScale) };
        if (tally.DimensionItems.Count > 0)
        {
            tables.Add(Dimensions(report));
        }

        if (tally.SignsItem is not null)
        {
            tables.Add(NegativeSigns(report));
        }

        if (tally.TextItems.Count > 0)
        {
            tables.Add(Problems(report));
        }

        if (report.Committee.Count > 0)
        {
            tables.Add(Committee(report));
        }

        tables.Add(ExcellentCap(report.ExcellentCap));
        tables.Add(Feedback(report, settings));
        tables.Add(Rules(report.Rules));
        return tables;
    }

    /// <summary>民主评议情况汇总表 (DOMAIN §1.9 item 6): one row per member, the combined total.</summary>
    private static ReportTable Summary(DemocraticReviewReport report, Scale? scale, ReviewSettings settings)
    {
        var options = scale?.Options ?? [];
        var columns = new List<LocalizedText> { new("党员", "Member"), new("有效票", "Valid ballots") };
        columns.AddRange(OptionColumns(options));
        columns.Add(new LocalizedText("标记", "Flags"));

        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var member in report.Members)
        {
            if (!member.Graded)
            {
                if (settings.ListProbationary)
                {
                    rows.Add([ReportCell.Of(member.Name), Empty, .. OptionColumns(options).Select(_ => Empty), ReportCell.Of("不定等次")]);
                }

                continue;
            }

            var total = member.Total;
            var flags = total is null || total.Suppressed
                ? ReportCell.Hidden
                : ReportCell.Of(string.Join("；", member.Flags.Select(f => MemberFlags.Label(f, settings).ZhCn)));
            rows.Add([ReportCell.Of(member.Name), ReportCell.Of(total?.ValidBallots ?? 0), .. OptionCells(options, total), flags]);
        }

        return new ReportTable("summary", new LocalizedText("民主评议情况汇总表", "Summary of the democratic appraisal"), columns, rows);
    }

    /// <summary>The same per rater group: 党员 and 群众 are tallied apart (DOMAIN §1.6).</summary>
    private static ReportTable Groups(DemocraticReviewReport report, Scale? scale)
    {
        var options = scale?.Options ?? [];
        var columns = new List<LocalizedText> { new("党员", "Member"), new("评议群体", "Rater group"), new("有效票", "Valid ballots") };
        columns.AddRange(OptionColumns(options));
        var rows = report.Members.Where(m => m.Graded)
            .SelectMany(m => m.Groups.Select(g => (IReadOnlyList<ReportCell>)
                [ReportCell.Of(m.Name), ReportCell.Of(g.GroupName), ReportCell.Of(g.ValidBallots), .. OptionCells(options, g)]))
            .ToArray();
        return new ReportTable("groups", new LocalizedText("分评议群体统计", "Grades per rater group"), columns, rows);
    }

    private static ReportTable Dimensions(DemocraticReviewReport report)
    {
        var labels = UnionOfLabels(report.Members.SelectMany(m => m.Dimensions).SelectMany(d => d.Total.Options));
        var columns = new List<LocalizedText> { new("党员", "Member"), new("分项", "Dimension"), new("有效票", "Valid ballots") };
        columns.AddRange(labels.SelectMany(l => LabelColumns(l.Label, l.LabelEn, l.HasShare)));
        var rows = report.Members.Where(m => m.Graded)
            .SelectMany(m => m.Dimensions.Select(d => (IReadOnlyList<ReportCell>)
                [ReportCell.Of(m.Name), ReportCell.Of(d.Text), ReportCell.Of(d.Total.ValidBallots), .. UnionCells(labels, d.Total)]))
            .ToArray();
        return new ReportTable("dimensions", new LocalizedText("分项评价统计", "Dimension ratings"), columns, rows);
    }

    private static ReportTable NegativeSigns(DemocraticReviewReport report)
    {
        var signs = report.Members.FirstOrDefault(m => m.Graded)?.NegativeSigns ?? [];
        var columns = new List<LocalizedText>
        {
            new("党员", "Member"), new("有效票", "Valid ballots"), new("勾选任一情形的票数", "Ballots ticking any sign"),
        };
        columns.AddRange(signs.Select(s => new LocalizedText(s.Label, s.LabelEn)));
        var rows = report.Members.Where(m => m.Graded)
            .Select(m => (IReadOnlyList<ReportCell>)
                [ReportCell.Of(m.Name), ReportCell.Of(m.Total?.ValidBallots ?? 0), Count(m.BallotsWithNegativeSigns),
                 .. m.NegativeSigns.Select(s => Count(s.Count))])
            .ToArray();
        return new ReportTable("negative-signs", new LocalizedText("反向情形统计", "Warning signs ticked"), columns, rows);
    }

    /// <summary>存在问题, one row per text, grouped by member; a member with too few ballots gets one hidden row.</summary>
    private static ReportTable Problems(DemocraticReviewReport report)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var member in report.Members.Where(m => m.Graded))
        {
            if (member.ProblemsSuppressed)
            {
                rows.Add([ReportCell.Of(member.Name), ReportCell.Hidden]);
                continue;
            }

            rows.AddRange(member.Problems.Select(text => (IReadOnlyList<ReportCell>)[ReportCell.Of(member.Name), ReportCell.Of(text)]));
        }

        return new ReportTable("problems", new LocalizedText("存在问题", "Problems noticed"),
            [new("党员", "Member"), new("存在问题", "Problem")], rows);
    }

    /// <summary>对支部委员会的评价: per aspect the total, then each group.</summary>
    private static ReportTable Committee(DemocraticReviewReport report)
    {
        var labels = UnionOfLabels(report.Committee.SelectMany(a => a.Total.Options));
        var columns = new List<LocalizedText> { new("评价内容", "Aspect"), new("评议群体", "Rater group"), new("有效票", "Valid ballots") };
        columns.AddRange(labels.SelectMany(l => LabelColumns(l.Label, l.LabelEn, l.HasShare)));
        var rows = report.Committee
            .SelectMany(a => new[] { a.Total }.Concat(a.Groups).Select(d => (IReadOnlyList<ReportCell>)
                [ReportCell.Of(a.Text), ReportCell.Of(d.GroupName), ReportCell.Of(d.ValidBallots), .. UnionCells(labels, d)]))
            .ToArray();
        return new ReportTable("committee", new LocalizedText("对党支部委员会的评价", "Rating of the branch committee"), columns, rows);
    }

    private static ReportTable ExcellentCap(ExcellentCapResult cap)
    {
        var rows = new List<IReadOnlyList<ReportCell>>
        {
            Pair("执行方式", cap.Mode switch
            {
                ReviewSettings.CapEnforce => "enforce（组织评定时强制）",
                ReviewSettings.CapOff => "off（不下指标、不定比例）",
                _ => "flag（超出时提示）",
            }),
            Pair("比例", cap.Fraction),
            Pair(cap.Base == ReviewSettings.BaseAll ? "基数（全体党员）" : "基数（正式党员）", cap.BaseCount),
            cap.Cap is { } most ? Pair("优秀上限", most) : Pair("优秀上限", "不设"),
            Pair("优秀候选（优秀票≥" + MemberFlags.Percent(cap.CandidatePercent) + "%）", cap.Candidates),
            Pair("候选是否超出上限", cap.Exceeded ? "是" : "否"),
        };
        return new ReportTable("excellent-cap", new LocalizedText("优秀比例", "Cap on excellent grades"),
            [new("项目", "Item"), new("值", "Value")], rows);

        static IReadOnlyList<ReportCell> Pair(string item, object value) =>
            [ReportCell.Of(item), value is int n ? ReportCell.Of(n) : ReportCell.Of((string)value)];
    }

    /// <summary>
    /// 反馈: one row per member with their own result, for the slip the branch hands back (DOMAIN §1.3 step 5,
    /// §1.7 "向本人反馈"). The committee's final grade is added by the 组织评定 step.
    /// </summary>
    private static ReportTable Feedback(DemocraticReviewReport report, ReviewSettings settings)
    {
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var member in report.Members)
        {
            if (!member.Graded)
            {
                if (settings.ListProbationary)
                {
                    rows.Add([ReportCell.Of(member.Name), Empty, ReportCell.Of("预备党员，不定等次"), Empty, Empty]);
                }

                continue;
            }

            var total = member.Total;
            if (total is null || total.Suppressed)
            {
                rows.Add([ReportCell.Of(member.Name), ReportCell.Of(total?.ValidBallots ?? 0), ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden]);
                continue;
            }

            var grades = string.Join("，", total.Options.Select(o =>
                !o.Abstention && o.Share is { } share ? $"{o.Label} {o.Count}票（{MemberFlags.Percent(share)}%）" : $"{o.Label} {o.Count}票"));
            var signs = member.NegativeSigns.Where(s => s.Count > 0).Select(s => $"{s.Label} {s.Count}票").ToArray();
            rows.Add(
            [
                ReportCell.Of(member.Name),
                ReportCell.Of(total.ValidBallots),
                ReportCell.Of(grades),
                ReportCell.Of(signs.Length == 0 ? "无" : string.Join("；", signs)),
                member.ProblemsSuppressed ? ReportCell.Hidden : ReportCell.Of(member.Problems.Count == 0 ? "无" : string.Join("；", member.Problems)),
            ]);
        }

        return new ReportTable("feedback", new LocalizedText("民主评议结果反馈", "Feedback to each member"),
            [new("党员", "Member"), new("有效票", "Valid ballots"), new("测评情况", "Grades received"),
             new("反向情形", "Warning signs"), new("存在问题", "Problems noticed")],
            rows);
    }

    private static ReportTable Rules(IReadOnlyList<AppliedRule> rules) =>
        new("rules", new LocalizedText("适用的规则和映射", "Rules and mappings applied"),
            [new("规则", "Rule"), new("说明", "Description"), new("取值", "Value"), new("依据", "Source")],
            [.. rules.Select(r => (IReadOnlyList<ReportCell>)
                [ReportCell.Of(r.Key), ReportCell.Of(r.Rule), ReportCell.Of(r.Value), ReportCell.Of(r.Source)])]);

    /// <summary>A count and a share column per option; an abstention has no share.</summary>
    private static IEnumerable<LocalizedText> OptionColumns(IReadOnlyList<ScaleOption> options) =>
        options.SelectMany(o => LabelColumns(o.Label.ZhCn, o.Label.En, !o.IsAbstain));

    private static IEnumerable<LocalizedText> LabelColumns(string label, string labelEn, bool hasShare)
    {
        yield return new LocalizedText($"{label}（票）", $"{labelEn} (votes)");
        if (hasShare)
        {
            yield return new LocalizedText($"{label}（%）", $"{labelEn} (%)");
        }
    }

    private static IEnumerable<ReportCell> OptionCells(IReadOnlyList<ScaleOption> options, OptionDistribution? distribution)
    {
        for (var i = 0; i < options.Count; i++)
        {
            var share = distribution?.Options[i];
            yield return distribution is null ? Empty : Count(share!.Count);
            if (!options[i].IsAbstain)
            {
                yield return distribution is null ? Empty : Share(share!.Share, distribution.Suppressed);
            }
        }
    }

    /// <summary>Option labels across items that may use different scales, in first-seen order.</summary>
    private static List<(string Label, string LabelEn, bool HasShare)> UnionOfLabels(IEnumerable<OptionShare> options)
    {
        var labels = new List<(string, string, bool)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var option in options)
        {
            if (seen.Add(option.Label))
            {
                labels.Add((option.Label, option.LabelEn, !option.Abstention));
            }
        }

        return labels;
    }

    private static IEnumerable<ReportCell> UnionCells(List<(string Label, string LabelEn, bool HasShare)> labels, OptionDistribution distribution)
    {
        foreach (var (label, _, hasShare) in labels)
        {
            var option = distribution.Options.FirstOrDefault(o => o.Label == label);
            yield return option is null ? Empty : Count(option.Count);
            if (hasShare)
            {
                yield return option is null ? Empty : Share(option.Share, distribution.Suppressed);
            }
        }
    }

    private static ReportCell Count(int? count) => count is { } n ? ReportCell.Of(n) : ReportCell.Hidden;

    private static ReportCell Share(decimal? share, bool suppressed) =>
        suppressed ? ReportCell.Hidden : share is { } s ? ReportCell.Of(s) : Empty;
}

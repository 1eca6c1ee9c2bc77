using Appraisal.PluginApi;
using Appraisal.PluginApi.Reports;
using Appraisal.Plugins.PeopleSatisfiedAgency.Details;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// The generic tables for pages and exports, written from the typed report so the two never disagree. The first
/// column of every table is the row's label. Cells the typed report leaves empty because too few raters stand
/// behind them are marked suppressed.
/// </summary>
internal static class AgencyTables
{
    private static readonly LocalizedText AgencyColumn = new("单位", "Agency");
    private static readonly LocalizedText ClassColumn = new("类别", "Class");

    public static IReadOnlyList<ReportTable> Of(AgencyReport report, IReadOnlyList<ScoredItem> items) =>
        [Agencies(report), Groups(report, items), Indicators(report, items), Ranking(report), Rules(report)];

    /// <summary>The summary; column 2 is the composite score (the host's campaign tests read it there).</summary>
    private static ReportTable Agencies(AgencyReport report) => new(
        "agencies",
        new LocalizedText("各单位综合得分", "Score per agency"),
        [AgencyColumn, ClassColumn, new("综合得分", "Score"), new("类内名次", "Rank in class"), new("等次", "Tier"), new("一票否决", "Veto")],
        [.. report.Agencies.Select(a => (IReadOnlyList<ReportCell>)
        [
            ReportCell.Of(a.Name),
            ReportCell.Of(a.UnitClass ?? ""),
            Number(a.Score),
            a.Rank is { } rank ? ReportCell.Of(rank) : ReportCell.Of("不参与排名"),
            ReportCell.Of(a.Tier ?? ""),
            ReportCell.Of(Veto(a.Vetoed, a.VetoReason)),
        ])]);

    private static ReportTable Groups(AgencyReport report, IReadOnlyList<ScoredItem> items) => new(
        "groups",
        new LocalizedText("各评议群体得分", "Score per rater group"),
        [
            AgencyColumn, ClassColumn, new("评议群体", "Rater group"), new("权重", "Weight"), new("计入综合的占比", "Share of the score"),
            new("有效票", "Sheets"), new("得分", "Score"), new("去掉最高最低（张）", "Trimmed sheets"),
            .. items.Select(i => i.Item.Text),
        ],
        [.. report.Agencies.SelectMany(a => a.Groups.Select(g => (IReadOnlyList<ReportCell>)
        [
            ReportCell.Of(a.Name),
            ReportCell.Of(a.UnitClass ?? ""),
            ReportCell.Of(g.GroupName),
            g.Weight is { } weight ? ReportCell.Of(weight) : ReportCell.Of("参考，不计入"),
            g.Share is { } share ? ReportCell.Of(share) : ReportCell.Of("—"),
            g.Sheets is { } sheets ? ReportCell.Of(sheets) : ReportCell.Hidden,
            Number(g.Score),
            g.Suppressed ? ReportCell.Hidden : ReportCell.Of(g.Dropped),
            .. g.Indicators.Select(i => Number(i.Score)),
        ]))]);

    private static ReportTable Indicators(AgencyReport report, IReadOnlyList<ScoredItem> items) => new(
        "indicators",
        new LocalizedText("各单位分项得分", "Score per indicator"),
        [AgencyColumn, ClassColumn, .. items.Select(i => i.Item.Text)],
        [.. report.Agencies.Select(a => (IReadOnlyList<ReportCell>)
        [
            ReportCell.Of(a.Name), ReportCell.Of(a.UnitClass ?? ""), .. a.Indicators.Select(i => Number(i.Score)),
        ])]);

    private static ReportTable Ranking(AgencyReport report)
    {
        var reasons = report.Agencies.ToDictionary(a => a.Id, a => a.VetoReason, StringComparer.Ordinal);
        return new(
            "ranking",
            new LocalizedText("分类排名", "Ranking within class"),
            [ClassColumn, new("名次", "Rank"), AgencyColumn, new("综合得分", "Score"), new("等次", "Tier"), new("一票否决", "Veto")],
            [.. report.Classes.SelectMany(c => c.Entries.Select(e => (IReadOnlyList<ReportCell>)
            [
                ReportCell.Of(c.UnitClass ?? ""), ReportCell.Of(e.Rank), ReportCell.Of(e.Name), Number(e.Score),
                ReportCell.Of(e.Tier ?? ""), ReportCell.Of(Veto(e.Vetoed, reasons[e.AgencyId])),
            ]))]);
    }

    private static ReportTable Rules(AgencyReport report) => new(
        "rules",
        new LocalizedText("计分规则", "Rules applied"),
        [new("规则", "Rule"), new("说明", "Description (Chinese)"), new("Description", "Description")],
        [.. report.Rules.Select(r => (IReadOnlyList<ReportCell>)[ReportCell.Of(r.Key), ReportCell.Of(r.ZhCn), ReportCell.Of(r.En)])]);

    /// <summary>A score, or a suppressed cell when no figure may be shown.</summary>
    private static ReportCell Number(decimal? value) => value is { } v ? ReportCell.Of(v) : ReportCell.Hidden;

    private static string Veto(bool vetoed, string? reason) => !vetoed ? "" : reason is null ? "是" : $"是：{reason}";
}

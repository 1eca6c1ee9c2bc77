using Appraisal.Host.Pages.Charts;
using Appraisal.PluginApi.Reports;
using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Results;

/// <summary>
/// 人民满意机关: agencies by composite score, highest first, each bar coloured (and named) by its 等次, with 一票否决
/// marked in words; read from the report's <c>agencies</c> table. Agencies whose score is withheld come last, undrawn.
/// </summary>
public static class AgencyChart
{
    public const string TableKey = "agencies";

    public static BarChartModel From(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var score = CellText.Column(table, "综合得分");
        var rank = CellText.Column(table, "类内名次");
        var tier = CellText.Column(table, "等次");
        var veto = CellText.Column(table, "一票否决");
        var rows = table.Rows.OrderByDescending(row => CellText.Value(CellText.At(row, score)) ?? decimal.MinValue).ToArray();
        // Tiers in the order they first appear from the top, so the legend reads best to worst.
        var tiers = rows.Select(row => TierOf(row, tier)).Distinct(StringComparer.Ordinal).ToList();
        var bars = rows.Select(row =>
        {
            var scoreCell = CellText.At(row, score);
            var name = TierOf(row, tier);
            var vetoed = CellText.At(row, veto) is { Suppressed: false, Text: { Length: > 0 } reason } ? reason : null;
            var bar = new ChartBar(
                CellText.Of(CellText.At(row, 0)),
                [new ChartSegment(tiers.IndexOf(name), CellText.Value(scoreCell), CellText.Of(scoreCell))],
                "",
                vetoed is null ? null : Text("一票否决", "Veto"));
            return bar with
            {
                Caption = bar.Suppressed
                    ? ResultsText.TooFewToShow
                    : Text($"综合得分 {CellText.Of(scoreCell)}，{name}，类内名次 {CellText.Of(CellText.At(row, rank))}{(vetoed is null ? "" : "，" + vetoed)}",
                        $"Score {CellText.Of(scoreCell)}, {name}, rank in class {CellText.Of(CellText.At(row, rank))}{(vetoed is null ? "" : ", veto: " + vetoed)}"),
            };
        }).ToArray();
        return new BarChartModel(
            "agencies",
            Text("各单位综合得分排名", "Agencies ranked by score"),
            Text("按综合得分从高到低，每个单位一行，条形长度为得分（满格 100 分），颜色和文字标明等次，⚑ 标出一票否决；“—”表示票数过少不显示。",
                "Highest score first, one row per agency, the bar's length the score (full width is 100), its colour and words the tier, ⚑ a veto; “—” means too few ballots to show."),
            tiers,
            100m,
            bars);
    }

    private static string TierOf(IReadOnlyList<ReportCell> row, int tier) =>
        CellText.At(row, tier) is { Suppressed: false, Text: { Length: > 0 } name } ? name : Text("未定等次", "No tier");
}

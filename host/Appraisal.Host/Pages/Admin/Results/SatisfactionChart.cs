using Appraisal.Host.Pages.Charts;
using Appraisal.PluginApi.Reports;
using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Results;

/// <summary>
/// 满意度测评: 满意率 per item (and the overall row) on a 0–100 scale, with 测评得分 in the caption, read from the
/// report's <c>items</c> table. 满意率 and 测评得分 are different measures (DOMAIN §2.2), so the bar is the rate
/// and the score is only named beside it.
/// </summary>
public static class SatisfactionChart
{
    public const string TableKey = "items";

    public static BarChartModel From(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var valid = CellText.Column(table, "有效评价");
        var rate = CellText.Column(table, "满意率(%)");
        var score = CellText.Column(table, "测评得分");
        var bars = table.Rows.Select(row =>
        {
            var rateCell = CellText.At(row, rate);
            var bar = new ChartBar(CellText.Of(CellText.At(row, 0)), [new ChartSegment(0, CellText.Value(rateCell), CellText.Of(rateCell) + "%")], "");
            return bar with
            {
                Caption = bar.Suppressed
                    ? ResultsText.TooFewToShow
                    : Text($"满意率 {CellText.Of(rateCell)}%，测评得分 {CellText.Of(CellText.At(row, score))}，有效评价 {CellText.Of(CellText.At(row, valid))}",
                        $"Satisfaction {CellText.Of(rateCell)}%, score {CellText.Of(CellText.At(row, score))}, {CellText.Of(CellText.At(row, valid))} valid answers"),
            };
        }).ToArray();
        return new BarChartModel(
            "satisfaction",
            Text("各指标满意率", "Satisfaction rate per item"),
            Text("每个指标一行，条形长度为满意率（满格为 100%），下方写明满意率、测评得分和有效评价数；“—”表示评价过少不显示。",
                "One row per item, the bar's length the satisfaction rate (full width is 100%), with the rate, score and valid answers written under it; “—” means too few answers to show."),
            [Text("满意率", "Satisfaction rate")],
            100m,
            bars);
    }
}

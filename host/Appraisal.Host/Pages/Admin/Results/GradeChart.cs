using Appraisal.Host.Pages.Charts;
using Appraisal.PluginApi.Reports;
using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Results;

/// <summary>
/// 民主评议党员: each member's votes per grade as a stacked bar, read from the report's 汇总表 (key <c>summary</c>):
/// a "（票）" column per option, followed by its "（%）" column unless it is an abstention, and the flags last. Drawn
/// from the stored, suppressed table rather than the plugin's typed report, so the chart can never show what the
/// table hides.
/// </summary>
public static class GradeChart
{
    public const string TableKey = "summary";

    private const string Votes = "（票）";
    private const string Percent = "（%）";

    public static BarChartModel From(ReportTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var options = Enumerable.Range(0, table.Columns.Count).Where(i => table.Columns[i].ZhCn.EndsWith(Votes, StringComparison.Ordinal)).ToArray();
        var names = options.Select(i => Text(CellText.Trim(table.Columns[i], Votes, " (votes)"))).ToArray();
        var flags = CellText.Column(table, "标记");
        var bars = table.Rows.Select(row => Bar(table, row, options, names, flags)).ToArray();
        var scale = bars.Where(b => !b.Suppressed).Select(b => b.Segments.Sum(s => s.Value!.Value)).DefaultIfEmpty(0).Max();
        return new BarChartModel(
            "grades",
            Text("各党员测评等次分布", "Grades received per member"),
            Text("每名党员一行，条形按等次分段，长度为票数；带 ⚑ 的是达到提示条件的党员；“—”表示票数过少不显示。",
                "One row per member, the bar split by grade, its length the votes; ⚑ marks a flagged member; “—” means too few ballots to show."),
            names,
            scale,
            bars);
    }

    private static ChartBar Bar(ReportTable table, IReadOnlyList<ReportCell> row, int[] options, string[] names, int flags)
    {
        var label = CellText.Of(CellText.At(row, 0));
        var flag = CellText.At(row, flags);
        var segments = new List<ChartSegment>();
        var words = new List<string>();
        for (var s = 0; s < options.Length; s++)
        {
            var count = CellText.At(row, options[s]);
            if (count is { Suppressed: false, Number: null })
            {
                // An empty count: a 预备党员, who is listed but not graded. No bar; the flag column says why.
                return new ChartBar(label, [], flag?.Text ?? "");
            }

            segments.Add(new ChartSegment(s, CellText.Value(count), CellText.Of(count)));
            var share = options[s] + 1 < table.Columns.Count && table.Columns[options[s] + 1].ZhCn.EndsWith(Percent, StringComparison.Ordinal)
                ? CellText.At(row, options[s] + 1)
                : null;
            words.Add(share is null
                ? Text($"{names[s]} {CellText.Of(count)}票", $"{names[s]} {CellText.Of(count)}")
                : Text($"{names[s]} {CellText.Of(count)}票（{CellText.Of(share)}%）", $"{names[s]} {CellText.Of(count)} ({CellText.Of(share)}%)"));
        }

        var bar = new ChartBar(label, segments, "", flag is { Suppressed: false, Text: { Length: > 0 } text } ? text : null);
        return bar with { Caption = bar.Suppressed ? ResultsText.TooFewToShow : string.Join(Text("，", ", "), words) };
    }
}

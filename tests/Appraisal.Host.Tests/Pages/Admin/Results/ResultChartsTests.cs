using Appraisal.Host.Pages.Admin.Results;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Host.Tests.Pages.Admin.Results;

/// <summary>The per-type charts read from report tables as the plugins write them, without a host.</summary>
public sealed class ResultChartsTests
{
    [Fact]
    public void The_grade_chart_takes_a_segment_per_vote_column_and_draws_neither_a_probationary_nor_a_suppressed_member()
    {
        LocalizedText[] columns =
        [
            new("党员", "Member"), new("有效票", "Valid ballots"), new("优秀（票）", "Excellent (votes)"), new("优秀（%）", "Excellent (%)"),
            new("不合格（票）", "Unqualified (votes)"), new("不合格（%）", "Unqualified (%)"), new("不了解（票）", "Don't know (votes)"), new("标记", "Flags"),
        ];
        var empty = new ReportCell(null);
        var table = new ReportTable("summary", new("汇总", "Summary"), columns,
        [
            [ReportCell.Of("张伟"), ReportCell.Of(5), ReportCell.Of(4), ReportCell.Of(80), ReportCell.Of(1), ReportCell.Of(20), ReportCell.Of(0), ReportCell.Of("")],
            [ReportCell.Of("陈静"), empty, empty, empty, empty, empty, empty, ReportCell.Of("不定等次")],
            [ReportCell.Of("王芳"), ReportCell.Of(2), ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden, ReportCell.Hidden],
        ]);

        var chart = ResultCharts.For("democratic-review", [table]).Single();

        Assert.Equal(["优秀", "不合格", "不了解"], chart.Series);
        Assert.Equal(5, chart.Scale);
        Assert.Equal([4m, 1m, 0m], chart.Bars[0].Segments.Select(s => s.Value));
        Assert.Contains("优秀 4票（80%）", chart.Bars[0].Caption, StringComparison.Ordinal);
        Assert.Null(chart.Bars[0].Mark);
        Assert.True(chart.Bars[1].Suppressed);
        Assert.Equal("不定等次", chart.Bars[1].Caption);
        Assert.True(chart.Bars[2].Suppressed);
        Assert.DoesNotContain("2", chart.Bars[2].Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agency_chart_sorts_by_score_gives_each_tier_a_series_and_names_the_veto()
    {
        LocalizedText[] columns = [new("单位", "Agency"), new("类别", "Class"), new("综合得分", "Score"), new("类内名次", "Rank"), new("等次", "Tier"), new("一票否决", "Veto")];
        var table = new ReportTable("agencies", new("得分", "Scores"), columns,
        [
            [ReportCell.Of("甲局"), ReportCell.Of(""), ReportCell.Of(72.5m), ReportCell.Of(2), ReportCell.Of("基本满意"), ReportCell.Of("")],
            [ReportCell.Of("乙局"), ReportCell.Of(""), ReportCell.Hidden, ReportCell.Of("不参与排名"), ReportCell.Of(""), ReportCell.Of("")],
            [ReportCell.Of("丙局"), ReportCell.Of(""), ReportCell.Of(91m), ReportCell.Of(1), ReportCell.Of("满意"), ReportCell.Of("是：收受好处")],
        ]);

        var chart = ResultCharts.For("people-satisfied-agency", [table]).Single();

        Assert.Equal(["丙局", "甲局", "乙局"], chart.Bars.Select(b => b.Label));
        Assert.Equal(["满意", "基本满意", "未定等次"], chart.Series);
        Assert.Equal([0, 1], chart.Bars.Take(2).Select(b => b.Segments.Single().Series));
        Assert.NotNull(chart.Bars[0].Mark);
        Assert.Contains("收受好处", chart.Bars[0].Caption, StringComparison.Ordinal);
        Assert.True(chart.Bars[2].Suppressed);
    }

    [Fact]
    public void A_type_without_a_chart_or_with_an_empty_table_gets_none()
    {
        var table = new ReportTable("items", new("指标", "Items"), [new("指标", "Item")], []);
        Assert.Empty(ResultCharts.For("satisfaction", [table]));
        Assert.Empty(ResultCharts.For("performance", [table with { Rows = [[ReportCell.Of("x")]] }]));
    }
}

using Appraisal.Core.Campaigns;
using Appraisal.Core.Tally;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Reports;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// The host's small-cell guard on the report stored at close: a campaign with fewer ballots than its minimum
/// cell size shows only row labels, and cells the plugin suppressed itself stay suppressed in any case.
/// </summary>
public abstract class TallySuppressionTests(ITestOutputHelper output, string provider)
{
    private static readonly Dictionary<string, string> GroupsReport = new() { ["aggregator"] = "groups" };

    [Fact]
    public async Task Fewer_ballots_than_the_minimum_hide_every_cell_but_the_row_labels()
    {
        await using var harness = await CampaignHarness.StartAsync(output, GroupsReport, provider);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 5, minimumCellSize: 3);
        await harness.Campaigns.OpenAsync(campaign.Id);
        await harness.CastAsync(slips.Ballots[0].Code);
        await harness.CastAsync(slips.Ballots[1].Code);

        await harness.Campaigns.CloseAsync(campaign.Id);

        var report = (await harness.Store.ResultsAsync(campaign.Id)).Report!;
        Assert.Null(report.Error);
        Assert.Equal((2, 2, 3), (report.BallotsCast, report.SheetsCounted, report.MinimumCellSize));
        var row = Assert.Single(Assert.Single(report.Tables).Rows);
        Assert.Equal(new ReportCell("public"), row[0]);
        Assert.Equal([ReportCell.Hidden, ReportCell.Hidden], row.Skip(1));
    }

    [Fact]
    public async Task With_enough_ballots_numbers_show_and_the_plugins_own_suppressed_cells_stay_hidden()
    {
        await using var harness = await CampaignHarness.StartAsync(output, GroupsReport, provider);
        var campaign = await harness.CreateAsync(minimumCellSize: 3);
        await harness.Campaigns.AddSubjectsAsync(campaign.Id, CampaignHarness.Subjects(2));
        await harness.Campaigns.AddRaterGroupsAsync(campaign.Id, [CampaignHarness.Group("members"), CampaignHarness.Group("public")]);
        var members = await harness.Campaigns.IssueBallotsAsync(campaign.Id, new IssueRequest("members", IssueStrategy.Slips, Count: 3));
        var visitors = await harness.Campaigns.IssueBallotsAsync(campaign.Id, new IssueRequest("public", IssueStrategy.Slips, Count: 1));
        await harness.Campaigns.OpenAsync(campaign.Id);
        foreach (var ballot in members.Ballots.Concat(visitors.Ballots))
        {
            await harness.CastAsync(ballot.Code);
        }

        await harness.Campaigns.CloseAsync(campaign.Id);

        var report = (await harness.Store.ResultsAsync(campaign.Id)).Report!;
        Assert.Equal(4, report.BallotsCast);
        var rows = Assert.Single(report.Tables).Rows;
        Assert.Equal([new ReportCell("members"), new ReportCell(null, 3m), new ReportCell("ok")], rows[0]);
        Assert.Equal([new ReportCell("public"), new ReportCell(null, 1m), ReportCell.Hidden], rows[1]);
    }

    [Fact]
    public void Apply_hides_all_but_the_first_column_below_the_minimum()
    {
        var tables = Tables(
            [ReportCell.Of("张三"), ReportCell.Of(92.5m), ReportCell.Of("优秀")],
            [ReportCell.Of("李四"), ReportCell.Of(70m), ReportCell.Hidden]);

        var applied = ReportSuppression.Apply(tables, ballotsCast: 2, minimumCellSize: 3);

        Assert.Equal(tables[0].Columns, applied[0].Columns);
        Assert.Equal([new ReportCell("张三"), ReportCell.Hidden, ReportCell.Hidden], applied[0].Rows[0]);
        Assert.Equal([new ReportCell("李四"), ReportCell.Hidden, ReportCell.Hidden], applied[0].Rows[1]);
    }

    [Fact]
    public void Apply_at_or_above_the_minimum_keeps_values_and_the_plugins_suppressed_cells()
    {
        var tables = Tables(
            [ReportCell.Of("张三"), ReportCell.Of(92.5m), new ReportCell("1", 1m, Suppressed: true)],
            [ReportCell.Hidden, ReportCell.Of(70m), null!]);

        var applied = ReportSuppression.Apply(tables, ballotsCast: 3, minimumCellSize: 3);

        Assert.Equal([new ReportCell("张三"), new ReportCell(null, 92.5m), ReportCell.Hidden], applied[0].Rows[0]);
        Assert.Equal([ReportCell.Hidden, new ReportCell(null, 70m), ReportCell.Hidden], applied[0].Rows[1]);
        Assert.All(applied[0].Rows.SelectMany(r => r).Where(c => c.Suppressed), c => Assert.Equal((null, null), (c.Text, c.Number)));
    }

    private static ReportTable[] Tables(params IReadOnlyList<ReportCell>[] rows) =>
        [new ReportTable("t", LocalizedText.Same("T"), [LocalizedText.Same("Name"), LocalizedText.Same("Score"), LocalizedText.Same("Grade")], rows)];
}

using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>The published ballot box: nothing before publication; afterwards the sheets of groups big enough and the receipts in chain order.</summary>
public abstract class BallotBoxReaderTests(ITestOutputHelper output, string provider)
{
    [Fact]
    public async Task The_box_is_not_readable_before_publication()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 2, minimumCellSize: 1);

        Assert.Equal("NOT_PUBLISHED", (await Assert.ThrowsAsync<CampaignProblem>(() => harness.Reader.ReadAsync(campaign.Id))).Code);
        await harness.Campaigns.OpenAsync(campaign.Id);
        await harness.CastAsync(slips.Ballots[0].Code);
        Assert.Equal("NOT_PUBLISHED", (await Assert.ThrowsAsync<CampaignProblem>(() => harness.Reader.ReadAsync(campaign.Id))).Code);
        await harness.Campaigns.CloseAsync(campaign.Id);
        Assert.Equal("NOT_PUBLISHED", (await Assert.ThrowsAsync<CampaignProblem>(() => harness.Reader.ReadAsync(campaign.Id))).Code);
        Assert.Equal("CAMPAIGN_NOT_FOUND", (await Assert.ThrowsAsync<CampaignProblem>(() => harness.Reader.ReadAsync("missing"))).Code);

        await harness.Campaigns.PublishAsync(campaign.Id);

        Assert.Single((await harness.Reader.ReadAsync(campaign.Id)).Sheets);
    }

    [Fact]
    public async Task A_published_box_withholds_small_groups_and_lists_receipts_in_chain_order()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await harness.CreateAsync(minimumCellSize: 3);
        await harness.Campaigns.AddSubjectsAsync(campaign.Id, CampaignHarness.Subjects(2));
        await harness.Campaigns.AddRaterGroupsAsync(campaign.Id, [CampaignHarness.Group("members"), CampaignHarness.Group("public")]);
        var members = await harness.Campaigns.IssueBallotsAsync(campaign.Id, new IssueRequest("members", IssueStrategy.Slips, Count: 3));
        var visitors = await harness.Campaigns.IssueBallotsAsync(campaign.Id, new IssueRequest("public", IssueStrategy.Slips, Count: 2));
        await harness.Campaigns.OpenAsync(campaign.Id);
        var receipts = new List<BallotReceipt>
        {
            await harness.CastAsync(visitors.Ballots[0].Code, grade: "poor"),
            await harness.CastAsync(members.Ballots[0].Code, grade: "good"),
            await harness.CastAsync(members.Ballots[1].Code, grade: "fair"),
            await harness.CastAsync(visitors.Ballots[1].Code, grade: "poor"),
            await harness.CastAsync(members.Ballots[2].Code, grade: "good"),
        };
        await harness.Campaigns.CloseAsync(campaign.Id);
        await harness.Campaigns.PublishAsync(campaign.Id);

        var box = await harness.Reader.ReadAsync(campaign.Id);

        var results = await harness.Store.ResultsAsync(campaign.Id);
        Assert.Equal(campaign.Id, box.CampaignId);
        Assert.Equal(5, box.BallotsCast);
        Assert.Equal(receipts.Select(r => r.Digest), box.ReceiptDigests);
        Assert.Equal(receipts[^1].ChainHead, box.ChainHead);
        Assert.Equal(results.ChainHead, box.ChainHead);
        Assert.Equal(results.BoxDigest, box.BoxDigest);
        Assert.Equal(2, box.WithheldSheets);
        Assert.Equal(3, box.Sheets.Count);
        Assert.All(box.Sheets, s => Assert.Equal("members", s.GroupKey));
        Assert.Equal(["fair", "good", "good"], box.Sheets.Select(s => s.Answers.First(a => a.ItemKey == "overall").OptionKeys.Single()).Order());
        Assert.DoesNotContain(box.Sheets.SelectMany(s => s.Answers), a => a.OptionKeys.Contains("poor"));
        Assert.Equal(3, box.Sheets.Select(s => s.Id).Distinct().Count());
        Assert.All(box.Sheets, s => Assert.Equal(32, s.Id.Length));
        Assert.Equal(
            box.Sheets.Select(s => s.Digest).Order(StringComparer.Ordinal),
            (await harness.QueryAsync<byte[]>("SELECT digest FROM ballots WHERE group_key = 'members'")).Select(Convert.ToHexStringLower).Order(StringComparer.Ordinal));
    }
}

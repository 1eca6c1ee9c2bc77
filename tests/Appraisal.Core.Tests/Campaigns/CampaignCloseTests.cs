using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>Close seals the box whatever the tally does; a tally the type cannot compute blocks publication, not the close.</summary>
public abstract class CampaignCloseTests(ITestOutputHelper output, string provider)
{
    [Fact]
    public async Task Close_seals_the_chain_head_and_the_digest_of_every_stored_sheet()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 3);
        await harness.Campaigns.OpenAsync(campaign.Id);
        await harness.CastAsync(slips.Ballots[0].Code, grade: "good");
        var last = await harness.CastAsync(slips.Ballots[1].Code, grade: "poor");

        var closed = await harness.Campaigns.CloseAsync(campaign.Id);

        var results = await harness.Store.ResultsAsync(campaign.Id);
        var digests = await harness.QueryAsync<byte[]>("SELECT digest FROM ballots WHERE campaign_id = @id", new { id = campaign.Id });
        Assert.Equal(CampaignStatus.Closed, closed.Status);
        Assert.Equal(last.ChainHead, results.ChainHead);
        Assert.Equal(Convert.ToHexStringLower(ReceiptChain.BoxDigest(digests.Reverse())), results.BoxDigest);
        Assert.Equal((2, 2), (results.Report!.BallotsCast, results.Report.SheetsCounted));
    }

    [Fact]
    public async Task A_tally_the_type_cannot_compute_is_stored_as_an_error_and_publication_is_refused()
    {
        // The smoke test at load is the aggregator's first call; the tally at close is its second.
        await using var harness = await CampaignHarness.StartAsync(output, new Dictionary<string, string> { ["throwAfterCalls"] = "1" }, provider);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 2);
        await harness.Campaigns.OpenAsync(campaign.Id);
        await harness.CastAsync(slips.Ballots[0].Code);

        await harness.Campaigns.CloseAsync(campaign.Id);

        var results = await harness.Store.ResultsAsync(campaign.Id);
        Assert.NotNull(results.Report!.Error);
        Assert.Empty(results.Report.Tables);
        Assert.Equal(1, results.Report.BallotsCast);
        Assert.NotNull(results.ChainHead);
        Assert.NotNull(Assert.Single(await harness.Store.DrawsAsync(campaign.Id)).RevealedSeed);
        var before = await harness.RowsAsync(campaign.Id);
        var problem = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.PublishAsync(campaign.Id));
        Assert.Equal("REPORT_MISSING", problem.Code);
        Assert.Equal(before, await harness.RowsAsync(campaign.Id));
        Assert.Equal(CampaignStatus.Closed, (await harness.Store.FindAsync(campaign.Id))!.Status);
    }
}

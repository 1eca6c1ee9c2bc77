using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// 试运行: a campaign opened in test mode takes ballots like a live one; resetting it returns a draft with an
/// empty box, its old codes gone, ready to be opened for real.
/// </summary>
public abstract class TestModeResetTests(ITestOutputHelper output, string provider)
{
    [Fact]
    public async Task Reset_purges_the_trial_and_the_live_run_starts_from_an_empty_box()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, trialCodes) = await harness.DraftWithSlipsAsync(codes: 3);
        var opened = await harness.Campaigns.OpenAsync(campaign.Id, testMode: true);
        Assert.True(opened.TestMode);
        await harness.CastAsync(trialCodes.Ballots[0].Code);
        await harness.CastAsync(trialCodes.Ballots[1].Code);

        var reset = await harness.Campaigns.ResetTestAsync(campaign.Id);

        Assert.Equal(CampaignStatus.Draft, reset.Status);
        Assert.False(reset.TestMode);
        foreach (var table in new[] { "ballots", "receipts", "ballot_codes", "code_counts", "draws", "box_state" })
        {
            Assert.Equal(0, await harness.ScalarAsync<long>($"SELECT COUNT(*) FROM {table} WHERE campaign_id = @id", new { id = campaign.Id }));
        }

        Assert.Equal(3, (await harness.Store.SubjectsAsync(campaign.Id)).Count);
        Assert.Single(await harness.Store.RaterGroupsAsync(campaign.Id));
        foreach (var old in trialCodes.Ballots)
        {
            var problem = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Box.OpenAsync(old.Code.ToString()));
            Assert.Equal("CODE_NOT_FOUND", problem.Code);
        }

        var spentInTrial = await Assert.ThrowsAsync<CampaignProblem>(() =>
            harness.Box.CastAsync(trialCodes.Ballots[0].Code.ToString(), [new("fair-process", null, ["yes"])]));
        Assert.Equal("CODE_NOT_FOUND", spentInTrial.Code);

        var live = await harness.Campaigns.IssueBallotsAsync(campaign.Id, new IssueRequest("public", IssueStrategy.Slips, Count: 2));
        var openedLive = await harness.Campaigns.OpenAsync(campaign.Id);
        var receipt = await harness.CastAsync(live.Ballots[0].Code);

        Assert.False(openedLive.TestMode);
        Assert.Equal(1, live.DrawNo);
        Assert.Equal(1, receipt.Position);
        Assert.Equal(Hex(ReceiptChain.Next(ReceiptChain.Genesis(campaign.Id), Convert.FromHexString(receipt.Digest))), receipt.ChainHead);
        Assert.Equal("1/1", await harness.ScalarAsync<string>("SELECT casts || '/' || sheets FROM box_state WHERE campaign_id = @id", new { id = campaign.Id }));
        var notTest = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.ResetTestAsync(campaign.Id));
        Assert.Equal("NOT_TEST_MODE", notTest.Code);
    }

    [Fact]
    public async Task A_closed_trial_cannot_be_published()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, codes) = await harness.DraftWithSlipsAsync(codes: 3);
        await harness.Campaigns.OpenAsync(campaign.Id, testMode: true);
        await harness.CastAsync(codes.Ballots[0].Code);
        await harness.Campaigns.CloseAsync(campaign.Id);

        var problem = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.PublishAsync(campaign.Id));

        Assert.Equal("TEST_MODE", problem.Code);
        Assert.Equal(CampaignStatus.Closed, (await harness.Store.FindAsync(campaign.Id))!.Status);
    }

    [Fact]
    public async Task A_closed_trial_can_be_reset_too_and_loses_its_report_and_seals()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, codes) = await harness.DraftWithSlipsAsync(codes: 2);
        await harness.Campaigns.OpenAsync(campaign.Id, testMode: true);
        await harness.CastAsync(codes.Ballots[0].Code);
        await harness.Campaigns.CloseAsync(campaign.Id);
        Assert.NotNull((await harness.Store.ResultsAsync(campaign.Id)).Report);

        var reset = await harness.Campaigns.ResetTestAsync(campaign.Id);

        Assert.Equal(CampaignStatus.Draft, reset.Status);
        Assert.Equal(new CampaignResults(null, null, null), await harness.Store.ResultsAsync(campaign.Id));
        Assert.Empty(await harness.Store.DrawsAsync(campaign.Id));
    }

    [Fact]
    public async Task Reset_touches_no_other_campaign()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (trial, trialCodes) = await harness.DraftWithSlipsAsync(codes: 2);
        var (other, otherCodes) = await harness.DraftWithSlipsAsync(codes: 2);
        await harness.Campaigns.OpenAsync(trial.Id, testMode: true);
        await harness.Campaigns.OpenAsync(other.Id, testMode: true);
        await harness.CastAsync(trialCodes.Ballots[0].Code);
        await harness.CastAsync(otherCodes.Ballots[0].Code);
        var before = await harness.RowsAsync(other.Id);

        await harness.Campaigns.ResetTestAsync(trial.Id);

        Assert.Equal(before, await harness.RowsAsync(other.Id));
        Assert.True((await harness.Verifier.VerifyAsync()).IsOk);
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}

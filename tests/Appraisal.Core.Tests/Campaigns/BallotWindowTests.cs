using Appraisal.Core.Campaigns;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// An open campaign takes ballots only between its opening and closing days, by the host's local date; outside
/// the window a code neither opens a form nor casts, and stays unused.
/// </summary>
public abstract class BallotWindowTests(ITestOutputHelper output, string provider)
{
    [Fact]
    public async Task A_campaign_that_closed_yesterday_refuses_ballots_although_it_is_open()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 2, closesOn: harness.Clock.Today.AddDays(-1));
        var opened = await harness.Campaigns.OpenAsync(campaign.Id);
        var code = slips.Ballots[0].Code.ToString();

        var onOpen = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Box.OpenAsync(code));
        var onCast = await Assert.ThrowsAsync<CampaignProblem>(() =>
            harness.Box.CastAsync(code, [new("fair-process", null, ["yes"])]));

        Assert.Equal(CampaignStatus.Open, opened.Status);
        Assert.Equal("CAMPAIGN_NOT_OPEN", onOpen.Code);
        Assert.Equal("CAMPAIGN_NOT_OPEN", onCast.Code);
        await AssertNothingCastAsync(harness, campaign.Id);
    }

    [Fact]
    public async Task A_campaign_that_opens_tomorrow_refuses_ballots_until_that_day()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var tomorrow = harness.Clock.Today.AddDays(1);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 2, opensOn: tomorrow);
        await harness.Campaigns.OpenAsync(campaign.Id);
        var code = slips.Ballots[0].Code;

        var early = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Box.OpenAsync(code.ToString()));
        Assert.Equal("CAMPAIGN_NOT_OPEN", early.Code);
        await AssertNothingCastAsync(harness, campaign.Id);

        harness.Clock.SetLocal(tomorrow, new TimeOnly(0, 0));
        var receipt = await harness.CastAsync(code);

        Assert.Equal(1, receipt.Position);
    }

    [Fact]
    public async Task The_window_follows_the_local_date_not_the_UTC_date()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var lastDay = harness.Clock.Today;
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 2, opensOn: lastDay, closesOn: lastDay);
        await harness.Campaigns.OpenAsync(campaign.Id);

        // 23:59 local on the last day is 15:59 UTC of the same day: still open.
        harness.Clock.SetLocal(lastDay, new TimeOnly(23, 59));
        await harness.CastAsync(slips.Ballots[0].Code);

        // 00:01 local the next day is still the last day in UTC: closed all the same.
        harness.Clock.SetLocal(lastDay.AddDays(1), new TimeOnly(0, 1));
        Assert.Equal(lastDay, DateOnly.FromDateTime(harness.Clock.GetUtcNow().UtcDateTime));
        var late = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Box.OpenAsync(slips.Ballots[1].Code.ToString()));

        Assert.Equal("CAMPAIGN_NOT_OPEN", late.Code);
        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT casts FROM box_state WHERE campaign_id = @id", new { id = campaign.Id }));
    }

    [Fact]
    public async Task A_draft_does_not_take_ballots_and_a_closed_campaign_no_longer_does()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 3);

        var inDraft = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Box.OpenAsync(slips.Ballots[0].Code.ToString()));
        await harness.Campaigns.OpenAsync(campaign.Id);
        var form = await harness.Box.OpenAsync(slips.Ballots[1].Code.ToString());
        await harness.Campaigns.CloseAsync(campaign.Id);
        var afterClose = await Assert.ThrowsAsync<CampaignProblem>(() =>
            harness.Box.CastAsync(slips.Ballots[1].Code.ToString(), CampaignHarness.AnswersFor(form)));

        Assert.Equal("CAMPAIGN_NOT_OPEN", inDraft.Code);
        Assert.Equal("CAMPAIGN_NOT_OPEN", afterClose.Code);
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM ballots"));
    }

    private static async Task AssertNothingCastAsync(CampaignHarness harness, string campaignId)
    {
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM ballots WHERE campaign_id = @campaignId", new { campaignId }));
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM receipts WHERE campaign_id = @campaignId", new { campaignId }));
        Assert.Equal(0, await harness.ScalarAsync<long>(
            "SELECT COUNT(*) FROM ballot_codes WHERE campaign_id = @campaignId AND state <> 'unused'", new { campaignId }));
    }
}

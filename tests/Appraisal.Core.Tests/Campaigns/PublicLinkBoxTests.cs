using Appraisal.Core.Campaigns;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// The box's public link path over a real file: public ballots keep the box whole for <c>verify</c>, a device row
/// removed behind the host's back is reported, and a trial reset forgets the trial's devices.
/// </summary>
public abstract class PublicLinkBoxTests(ITestOutputHelper output, string provider)
{
    private static readonly Dictionary<string, string> PublicMode = new()
    {
        [PublicLinkSettings.EnabledKey] = "true",
        [PublicLinkSettings.GroupKeyKey] = "public",
    };

    [Fact]
    public async Task Public_ballots_beside_code_ballots_verify_and_a_removed_device_row_is_reported()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaignId, slips) = await OpenPublicCampaignAsync(harness, slips: 2);
        for (var i = 0; i < 3; i++)
        {
            await CastPublicAsync(harness, campaignId, (await harness.Box.OpenPublicAsync(campaignId)).DeviceToken);
        }

        // A code of the same group: the codes' counts hold the spent code and none of the public ballots.
        await harness.CastAsync(slips.Ballots[0].Code);
        var healthy = await harness.Verifier.VerifyAsync();
        var turnout = Assert.Single(await harness.Store.TurnoutAsync(campaignId));
        Assert.True(healthy.IsOk, string.Join("\n", healthy.Problems));
        Assert.Equal(4, healthy.BallotsCast);
        Assert.Equal(new TurnoutRow("public", Issued: 2, Returned: 4, Voided: 0, ViaPublicLink: 3), turnout);

        var removed = await harness.TamperAsync(
            "DELETE FROM public_devices WHERE device_key = (SELECT device_key FROM public_devices WHERE campaign_id = @id LIMIT 1)", new { id = campaignId });
        var verification = await harness.Verifier.VerifyAsync();

        Assert.Equal(1, removed);
        Assert.Contains($"campaign {campaignId}: 1 spent codes and 2 public-link ballots but 4 ballots cast", verification.Problems);
    }

    [Fact]
    public async Task A_trial_reset_forgets_its_devices_so_they_can_vote_in_the_live_run()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaignId, _) = await OpenPublicCampaignAsync(harness, testMode: true);
        var token = (await harness.Box.OpenPublicAsync(campaignId)).DeviceToken;
        await CastPublicAsync(harness, campaignId, token);
        var again = await Assert.ThrowsAsync<CampaignProblem>(() => CastPublicAsync(harness, campaignId, token));
        Assert.Equal("DEVICE_ALREADY_VOTED", again.Code);

        await harness.Campaigns.ResetTestAsync(campaignId);
        Assert.Equal(0, await harness.ScalarAsync<long>("SELECT COUNT(*) FROM public_devices WHERE campaign_id = @campaignId", new { campaignId }));
        await harness.Campaigns.OpenAsync(campaignId);
        await CastPublicAsync(harness, campaignId, token);

        Assert.Equal(1, await harness.ScalarAsync<long>("SELECT casts FROM box_state WHERE campaign_id = @campaignId", new { campaignId }));
    }

    /// <summary>An open campaign in public mode with subjects, the rater group <c>public</c> and <paramref name="slips"/> codes for it.</summary>
    private static async Task<(string Id, IssuedBatch Slips)> OpenPublicCampaignAsync(CampaignHarness harness, bool testMode = false, int slips = 1)
    {
        var campaign = await harness.Campaigns.CreateAsync(
            new CampaignDraft(CampaignHarness.TypeKey, "2026年度窗口服务满意度测评", Questionnaire: CampaignHarness.Questionnaire, Settings: PublicMode),
            ownerAccountId: null);
        await harness.Campaigns.AddSubjectsAsync(campaign.Id, CampaignHarness.Subjects(2));
        await harness.Campaigns.AddRaterGroupsAsync(campaign.Id, [CampaignHarness.Group("public")]);
        var issued = await harness.Campaigns.IssueBallotsAsync(campaign.Id, new IssueRequest("public", IssueStrategy.Slips, Count: slips));
        await harness.Campaigns.OpenAsync(campaign.Id, testMode);
        return (campaign.Id, issued);
    }

    private static async Task CastPublicAsync(CampaignHarness harness, string campaignId, string token)
    {
        var form = (await harness.Box.OpenPublicAsync(campaignId)).Form;
        var outcome = await harness.Box.CastPublicAsync(campaignId, token, null, CampaignHarness.AnswersFor(form));
        Assert.True(outcome.Accepted, "Refused: " + string.Join("; ", outcome.Problems.Select(p => $"{p.Code} {p.ItemKey} {p.SubjectId}")));
    }
}

using Appraisal.Core.Campaigns;
using Appraisal.PluginApi.Ballots;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// Every operation a status forbids is refused with a stable code, and the refusal changes nothing: not the
/// revision, not a row of the campaign or its box.
/// </summary>
public abstract class CampaignStatusRuleTests(ITestOutputHelper output, string provider)
{
    public static TheoryData<CampaignStatus, string, string> Refusals => new()
    {
        { CampaignStatus.Draft, "Close", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Draft, "Retally", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Draft, "Publish", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Draft, "ResetTest", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Open, "SetQuestionnaire", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Open, "AddSubjects", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Open, "AddRaterGroups", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Open, "UpdateRaterGroup", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Open, "Open", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Open, "OpenTest", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Open, "Retally", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Open, "Publish", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Open, "ResetTest", "NOT_TEST_MODE" },
        { CampaignStatus.Closed, "SetQuestionnaire", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Closed, "AddSubjects", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Closed, "AddRaterGroups", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Closed, "UpdateRaterGroup", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Closed, "IssueBallots", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Closed, "Open", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Closed, "OpenTest", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Closed, "Close", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Closed, "ResetTest", "NOT_TEST_MODE" },
        { CampaignStatus.Published, "SetQuestionnaire", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Published, "AddSubjects", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Published, "AddRaterGroups", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Published, "UpdateRaterGroup", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Published, "IssueBallots", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Published, "Open", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Published, "Close", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Published, "Retally", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Published, "Publish", "CAMPAIGN_WRONG_STATUS" },
        { CampaignStatus.Published, "ResetTest", "CAMPAIGN_WRONG_STATUS" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_operation_throws_its_code_and_changes_nothing(CampaignStatus status, string operation, string code)
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await BringToAsync(harness, status);
        var before = await harness.RowsAsync(campaign.Id);

        var problem = await Assert.ThrowsAsync<CampaignProblem>(() => RunAsync(harness, campaign.Id, operation));

        Assert.Equal(code, problem.Code);
        Assert.Equal(before, await harness.RowsAsync(campaign.Id));
        Assert.Equal(status, (await harness.Store.FindAsync(campaign.Id))!.Status);
    }

    [Fact]
    public async Task The_wrong_status_message_names_the_status_and_what_is_needed()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var campaign = await BringToAsync(harness, CampaignStatus.Draft);

        var problem = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.PublishAsync(campaign.Id));

        Assert.Equal("The campaign is draft; cannot publish (needs closed).", problem.Text.En);
    }

    [Fact]
    public async Task Every_allowed_step_bumps_the_revision_once()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 3);
        Assert.Equal(4, campaign.Revision); // created, subjects, groups, codes

        var opened = await harness.Campaigns.OpenAsync(campaign.Id);
        await harness.CastAsync(slips.Ballots[0].Code);
        var closed = await harness.Campaigns.CloseAsync(campaign.Id);
        var published = await harness.Campaigns.PublishAsync(campaign.Id);

        Assert.Equal(5, opened.Revision);
        Assert.Equal(7, closed.Revision); // casting changes no revision; close returns the campaign after its tally (6, then 7)
        Assert.Equal(8, published.Revision);
    }

    [Fact]
    public async Task An_unknown_campaign_is_not_found()
    {
        await using var harness = await CampaignHarness.StartAsync(output, provider: provider);

        var problem = await Assert.ThrowsAsync<CampaignProblem>(() => harness.Campaigns.OpenAsync("nosuchcampaign"));

        Assert.Equal("CAMPAIGN_NOT_FOUND", problem.Code);
        Assert.Equal("campaignId", problem.Field);
    }

    /// <summary>
    /// A campaign in <paramref name="status"/> with subjects, a group, issued codes and (once open) ballots,
    /// so that a refused operation has rows it could wrongly change.
    /// </summary>
    private static async Task<Campaign> BringToAsync(CampaignHarness harness, CampaignStatus status)
    {
        var (campaign, slips) = await harness.DraftWithSlipsAsync(codes: 5, minimumCellSize: 1);
        if (status == CampaignStatus.Draft)
        {
            return campaign;
        }

        await harness.Campaigns.OpenAsync(campaign.Id);
        await harness.CastAsync(slips.Ballots[0].Code);
        await harness.CastAsync(slips.Ballots[1].Code, grade: "poor");
        if (status == CampaignStatus.Closed)
        {
            return await harness.Campaigns.CloseAsync(campaign.Id);
        }

        if (status == CampaignStatus.Published)
        {
            await harness.Campaigns.CloseAsync(campaign.Id);
            return await harness.Campaigns.PublishAsync(campaign.Id);
        }

        return (await harness.Store.FindAsync(campaign.Id))!;
    }

    private static Task RunAsync(CampaignHarness harness, string id, string operation) => operation switch
    {
        "SetQuestionnaire" => harness.Campaigns.SetQuestionnaireAsync(id, CampaignHarness.Questionnaire),
        "AddSubjects" => harness.Campaigns.AddSubjectsAsync(id, [new Subject("late", "迟到者", null, new Dictionary<string, string>())]),
        "AddRaterGroups" => harness.Campaigns.AddRaterGroupsAsync(id, [CampaignHarness.Group("late")]),
        "UpdateRaterGroup" => harness.Campaigns.UpdateRaterGroupAsync(id, CampaignHarness.Group("public", weight: 2m)),
        "IssueBallots" => harness.Campaigns.IssueBallotsAsync(id, new IssueRequest("public", IssueStrategy.Slips, Count: 2)),
        "Open" => harness.Campaigns.OpenAsync(id),
        "OpenTest" => harness.Campaigns.OpenAsync(id, testMode: true),
        "Close" => harness.Campaigns.CloseAsync(id),
        "Retally" => harness.Campaigns.RetallyAsync(id),
        "Publish" => harness.Campaigns.PublishAsync(id),
        "ResetTest" => harness.Campaigns.ResetTestAsync(id),
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };
}

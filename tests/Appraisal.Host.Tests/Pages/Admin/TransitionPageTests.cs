using System.Net;
using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>Open, close, publish and the trial reset, each only through its confirmation page.</summary>
public sealed class TransitionPageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task Open_close_and_publish_through_their_confirmation_pages_move_the_campaign_and_are_audited()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var (id, script) = await AdminConsole.AgencyDraftAsync(host, login, "三步走", CampaignScript.Group(AgencyCampaign.Group, "服务对象", 1));
        var codes = await AgencyCampaign.IssueAsync(script, id, 3);
        using var client = await AdminConsole.SignedInAsync(host, login);

        await StepAsync(client, id, "open", "开始后即可凭测评码投票。问卷、评议对象和评议群体将不能再修改。", "OPEN");
        foreach (var code in codes)
        {
            await script.SubmitAsync(code, AgencyCampaign.Answers([.. AgencyCampaign.Agencies], "satisfied"));
        }

        await StepAsync(client, id, "close", "结束后不能再投票，也不能再发放测评码；各次抽签的种子随之公开，随即计票。此操作不可撤销。", "CLOSED");
        await StepAsync(client, id, "publish", "公布后，结果、匿名选票和回执链对所有人公开，任何人都能核验。此操作不可撤销。", "PUBLISHED");

        var page = await client.GetAsync($"/admin/campaigns/{id}");
        Assert.Empty(page.Document.QuerySelectorAll("a.btn"));
        var log = await host.Admin.DataAsync("query($id: ID!) { auditLog(campaignId: $id) { action } }", new { id });
        var actions = log.GetProperty("auditLog").EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToArray();
        Assert.Equal(1, actions.Count(a => a == "campaign.open"));
        Assert.Equal(1, actions.Count(a => a == "campaign.close"));
        Assert.Equal(1, actions.Count(a => a == "campaign.publish"));
    }

    [Fact]
    public async Task A_refusal_from_the_service_is_shown_on_the_confirmation_page_and_nothing_moves()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var (id, _) = await AdminConsole.AgencyDraftAsync(host, login, "没有群体");
        using var client = await AdminConsole.SignedInAsync(host, login);

        var confirm = await client.GetAsync($"/admin/campaigns/{id}/transition/open");
        var refused = await AdminConsole.SubmitAsync(client, confirm, "confirm");

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("请先添加至少一个评议群体。", refused.Document.GetElementById("transition-error")!.TextContent);
        Assert.Equal("DRAFT", await AdminConsole.StatusAsync(host, id));

        // A step that does not apply now offers no button (closing a draft).
        var close = await client.GetAsync($"/admin/campaigns/{id}/transition/close");
        Assert.Empty(close.Document.QuerySelectorAll("main .b button"));
    }

    [Fact]
    public async Task A_trial_run_is_opened_and_reset_to_a_draft_through_the_pages_and_is_never_offered_for_publication()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ADMIN");
        var (id, _) = await AdminConsole.AgencyDraftAsync(host, login, "试运行活动", CampaignScript.Group(AgencyCampaign.Group, "服务对象", 1));
        using var client = await AdminConsole.SignedInAsync(host, login);

        await StepAsync(client, id, "open-test", null, "OPEN");
        var trial = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { testMode } }", new { id });
        Assert.True(trial.GetProperty("campaign").GetProperty("testMode").GetBoolean());
        await StepAsync(client, id, "close", null, "CLOSED");
        var closed = await client.GetAsync($"/admin/campaigns/{id}");
        Assert.Equal(["/admin/campaigns/" + id + "/transition/reset"], closed.Document.QuerySelectorAll("a.btn").Select(a => a.GetAttribute("href")));

        await StepAsync(client, id, "reset", null, "DRAFT");
        var reset = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { testMode } }", new { id });
        Assert.False(reset.GetProperty("campaign").GetProperty("testMode").GetBoolean());
    }

    /// <summary>Follows the campaign page's link to the step, checks what it says, confirms, and checks the status through the API.</summary>
    private async Task StepAsync(PageClient client, string id, string step, string? consequence, string status)
    {
        var page = await client.GetAsync($"/admin/campaigns/{id}");
        var link = page.Document.QuerySelectorAll("a.btn").Select(a => a.GetAttribute("href")).Single(h => h!.EndsWith("/transition/" + step, StringComparison.Ordinal));
        var confirm = await client.GetAsync(link!);
        if (consequence is not null)
        {
            Assert.Equal(consequence, confirm.Document.QuerySelector(".warn")!.TextContent);
        }

        // Nothing has happened by showing the step.
        Assert.NotEqual(status, await AdminConsole.StatusAsync(host, id));
        var done = await AdminConsole.SubmitAsync(client, confirm, "confirm");
        Assert.Equal($"/admin/campaigns/{id}", AdminConsole.Target(done));
        Assert.Equal(status, await AdminConsole.StatusAsync(host, id));
    }
}

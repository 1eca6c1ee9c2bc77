using System.Net;
using System.Text.Json;
using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>The create wizard: type by link, then template and details, to a draft owned by whoever made it.</summary>
public sealed class NewCampaignPageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task The_wizard_creates_a_draft_from_the_chosen_template_with_the_details_given()
    {
        // A type with more than one template, and the one that is not its default.
        var types = await host.Admin.DataAsync("{ appraisalTypes { key templates { key questionnaire { items { key } } } } }");
        var type = types.GetProperty("appraisalTypes").EnumerateArray().First(t => t.GetProperty("templates").GetArrayLength() > 1);
        var typeKey = type.GetProperty("key").GetString()!;
        var template = type.GetProperty("templates")[1];
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        using var client = await AdminConsole.SignedInAsync(host, login);

        var start = await client.GetAsync("/admin/campaigns/new");
        var link = start.Document.QuerySelectorAll(".cards a").Single(a => a.GetAttribute("href") == $"/admin/campaigns/new?type={typeKey}");
        var form = await client.GetAsync(link.GetAttribute("href")!);
        var title = "<i>2026年度</i>测评 " + Guid.NewGuid().ToString("N")[..6];
        var created = await AdminConsole.SubmitAsync(client, form, "create", values => values
            .Set("Template", template.GetProperty("key").GetString()!)
            .Set("Title", title).Set("Period", "2026年度")
            .Set("OpensOn", "2026-12-01").Set("ClosesOn", "2026-12-20").Set("MinimumCellSize", "5"));

        Assert.Equal(HttpStatusCode.Redirect, created.Status);
        var id = AdminConsole.Target(created)!["/admin/campaigns/".Length..];
        var api = await AdminConsole.ApiAsync(host, login);
        var campaign = (await api.DataAsync(
            "query($id: ID!) { campaign(id: $id) { typeKey title period opensOn closesOn minimumCellSize status questionnaire { items { key } } } }",
            new { id })).GetProperty("campaign");
        Assert.Equal(
            (typeKey, title, "2026年度", "2026-12-01", "2026-12-20", 5, "DRAFT"),
            (campaign.GetProperty("typeKey").GetString(), campaign.GetProperty("title").GetString(), campaign.GetProperty("period").GetString(),
             campaign.GetProperty("opensOn").GetString(), campaign.GetProperty("closesOn").GetString(),
             campaign.GetProperty("minimumCellSize").GetInt32(), campaign.GetProperty("status").GetString()));
        Assert.Equal(ItemKeys(template.GetProperty("questionnaire")), ItemKeys(campaign.GetProperty("questionnaire")));

        // The organiser owns it: the API lists it for them, and the campaign page opens with the title as text.
        var mine = await api.DataAsync("{ campaigns { id } }");
        Assert.Contains(id, mine.GetProperty("campaigns").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        var page = await client.GetAsync($"/admin/campaigns/{id}");
        Assert.Equal(title, page.Document.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_refused_draft_comes_back_with_the_reason_and_what_was_typed()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        using var client = await AdminConsole.SignedInAsync(host, login);
        var form = await client.GetAsync("/admin/campaigns/new?type=satisfaction");
        var before = await CountAsync(login);

        var refused = await AdminConsole.SubmitAsync(client, form, "create", values => values
            .Set("Title", "窗口满意度").Set("OpensOn", "2026-12-20").Set("ClosesOn", "2026-12-01"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("结束日期不能早于开始日期。", refused.Document.GetElementById("create-error")!.TextContent);
        Assert.Equal("窗口满意度", refused.Document.GetElementById("title")!.GetAttribute("value"));
        Assert.Equal("2026-12-01", refused.Document.GetElementById("closes")!.GetAttribute("value"));
        Assert.Equal(before, await CountAsync(login));
    }

    [Fact]
    public async Task Observers_get_no_wizard_and_cannot_post_one()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "OBSERVER");
        using var client = await AdminConsole.SignedInAsync(host, login);

        var page = await client.GetAsync("/admin/campaigns/new?type=satisfaction");
        Assert.Equal(HttpStatusCode.Forbidden, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("input[name=_handler][value=create]"));
        Assert.DoesNotContain(page.Document.QuerySelectorAll(".adm nav a"), a => a.GetAttribute("href") == "/admin/campaigns/new");

        // A hand-made post, with a valid antiforgery token from another form, creates nothing either.
        var values = FormValues.Of(AdminConsole.Form(page, "logout")).Set("_handler", "create").Set("Type", "satisfaction").Set("Title", "偷建");
        var posted = await client.PostAsync("/admin/campaigns/new?type=satisfaction", values);
        Assert.NotEqual(HttpStatusCode.Redirect, posted.Status);
        var all = await host.Admin.DataAsync("{ campaigns { title } }");
        Assert.DoesNotContain("偷建", all.GetProperty("campaigns").EnumerateArray().Select(c => c.GetProperty("title").GetString()));
    }

    private static string[] ItemKeys(JsonElement questionnaire) =>
        [.. questionnaire.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()!)];

    private async Task<int> CountAsync(string login) =>
        (await (await AdminConsole.ApiAsync(host, login)).DataAsync("{ campaigns { id } }")).GetProperty("campaigns").GetArrayLength();
}

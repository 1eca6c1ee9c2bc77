using System.Net;
using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>A campaign's page: rater groups with weights while a draft, and what other people may see and do.</summary>
public sealed class CampaignPageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task A_rater_group_added_on_the_page_has_the_weights_typed_including_those_by_unit_class()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var api = await AdminConsole.ApiAsync(host, login);
        var script = new CampaignScript(api, host.Anonymous);
        var id = await script.CreateAsync(CampaignScript.AgencyType, "2026年度人民满意机关评议");
        await script.AddSubjectsAsync(id, [new { id = "a1", name = "组织部", unitClass = "党群部门" }, new { id = "a2", name = "财政局", unitClass = "政府部门" }]);
        using var client = await AdminConsole.SignedInAsync(host, login);

        var page = await client.GetAsync($"/admin/campaigns/{id}");
        Assert.Equal(["党群部门", "政府部门"], page.Document.QuerySelectorAll("input[name=Class]").Select(i => i.GetAttribute("value")));
        var added = await AdminConsole.SubmitAsync(client, page, "group", values =>
        {
            values.Set("GroupKey", "deputies").Set("NameZh", "人大代表").Set("Weight", "0.3").Set("PlannedSize", "40");
            values.RemoveAll(v => v.Key == "ClassWeight");
            values.Tick("ClassWeight", "0.25").Tick("ClassWeight", "");
        });
        Assert.Equal($"/admin/campaigns/{id}", AdminConsole.Target(added));

        var groups = (await api.DataAsync(
            "query($id: ID!) { campaign(id: $id) { raterGroups { key name { zhCn en } weight plannedSize weightsByUnitClass { unitClass weight } } } }",
            new { id })).GetProperty("campaign").GetProperty("raterGroups");
        var group = Assert.Single(groups.EnumerateArray());
        Assert.Equal(("deputies", "人大代表", "deputies", 0.3, 40),
            (group.GetProperty("key").GetString(), group.GetProperty("name").GetProperty("zhCn").GetString(), group.GetProperty("name").GetProperty("en").GetString(),
             group.GetProperty("weight").GetDouble(), group.GetProperty("plannedSize").GetInt32()));
        var byClass = Assert.Single(group.GetProperty("weightsByUnitClass").EnumerateArray());
        Assert.Equal(("党群部门", 0.25), (byClass.GetProperty("unitClass").GetString(), byClass.GetProperty("weight").GetDouble()));

        // Shown on the page; a second group with the same key is refused in the service's words.
        var shown = await client.GetAsync($"/admin/campaigns/{id}");
        Assert.Equal("人大代表 deputies", shown.Document.QuerySelector(".groups h3")!.TextContent);
        var again = await AdminConsole.SubmitAsync(client, shown, "group", values => values.Set("GroupKey", "deputies").Set("NameZh", "代表"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Equal("第 1 个群体：群体键 deputies 已存在。", again.Document.GetElementById("group-error")!.TextContent);
    }

    [Fact]
    public async Task A_draft_group_is_changed_on_its_own_page_keeping_its_key_and_cannot_be_once_the_campaign_is_open()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var (id, script) = await AdminConsole.AgencyDraftAsync(host, login, "改权重", CampaignScript.Group("service", "服务对象", 1));
        using var client = await AdminConsole.SignedInAsync(host, login);

        var page = await client.GetAsync($"/admin/campaigns/{id}");
        var edit = await client.GetAsync(page.Document.QuerySelector(".groups a")!.GetAttribute("href")!);
        Assert.Equal("1", edit.Document.GetElementById("group-weight")!.GetAttribute("value"));
        var saved = await AdminConsole.SubmitAsync(client, edit, "group", values => values.Set("NameZh", "办事群众").Set("Weight", "0.6"));
        Assert.Equal($"/admin/campaigns/{id}", AdminConsole.Target(saved));

        var group = (await script.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { raterGroups { key name { zhCn } weight } } }", new { id }))
            .GetProperty("campaign").GetProperty("raterGroups")[0];
        Assert.Equal(("service", "办事群众", 0.6), (group.GetProperty("key").GetString(), group.GetProperty("name").GetProperty("zhCn").GetString(), group.GetProperty("weight").GetDouble()));

        await script.TransitionAsync("openCampaign", id);
        Assert.Empty((await client.GetAsync($"/admin/campaigns/{id}")).Document.QuerySelectorAll(".groups a"));
        var late = await client.GetAsync($"/admin/campaigns/{id}/groups/service");
        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Empty(late.Document.QuerySelectorAll("input[name=_handler][value=group]"));
    }

    [Fact]
    public async Task Another_organizers_campaign_is_not_found_on_any_console_page_and_cannot_be_changed()
    {
        var owner = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var other = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var title = "保密活动 " + Guid.NewGuid().ToString("N")[..6];
        var (id, _) = await AdminConsole.AgencyDraftAsync(host, owner, title, CampaignScript.Group("service", "服务对象", 1));
        using var client = await AdminConsole.SignedInAsync(host, other);

        var missing = await client.GetAsync("/admin/campaigns/nosuchcampaign");
        foreach (var path in new[] { $"/admin/campaigns/{id}", $"/admin/campaigns/{id}/turnout", $"/admin/campaigns/{id}/transition/open" })
        {
            var page = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain(title, page.Html, StringComparison.Ordinal);
            Assert.DoesNotContain("服务对象", page.Html, StringComparison.Ordinal);
            Assert.Equal(missing.Document.QuerySelector("main")!.TextContent, page.Document.QuerySelector("main")!.TextContent);
        }

        var token = FormValues.Of(AdminConsole.Form(missing, "logout")).Set("_handler", "confirm");
        var posted = await client.PostAsync($"/admin/campaigns/{id}/transition/open", token);
        Assert.True(posted.Status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{posted.Status}");
        Assert.Equal("DRAFT", await AdminConsole.StatusAsync(host, id));
    }

    [Fact]
    public async Task Observers_see_a_campaign_without_forms_and_a_forged_post_changes_nothing()
    {
        var owner = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var observer = await AdminConsole.CreateAccountAsync(host, "OBSERVER");
        var (id, _) = await AdminConsole.AgencyDraftAsync(host, owner, "观察员可见的活动", CampaignScript.Group("service", "服务对象", 1));
        using var client = await AdminConsole.SignedInAsync(host, observer);

        var page = await client.GetAsync($"/admin/campaigns/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("观察员可见的活动", page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal(["logout"], page.Document.QuerySelectorAll("input[name=_handler]").Select(i => i.GetAttribute("value")));
        Assert.Empty(page.Document.QuerySelectorAll("a.btn"));

        var confirm = await client.GetAsync($"/admin/campaigns/{id}/transition/open");
        Assert.Equal(HttpStatusCode.Forbidden, confirm.Status);
        var forged = FormValues.Of(AdminConsole.Form(page, "logout")).Set("_handler", "confirm");
        var posted = await client.PostAsync($"/admin/campaigns/{id}/transition/open", forged);
        Assert.True(posted.Status is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{posted.Status}");
        var group = FormValues.Of(AdminConsole.Form(page, "logout")).Set("_handler", "group").Set("GroupKey", "x").Set("NameZh", "x");
        Assert.True((await client.PostAsync($"/admin/campaigns/{id}", group)).Status is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest);

        Assert.Equal("DRAFT", await AdminConsole.StatusAsync(host, id));
        var groups = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { raterGroups { key } } }", new { id });
        Assert.Equal(1, groups.GetProperty("campaign").GetProperty("raterGroups").GetArrayLength());
    }
}

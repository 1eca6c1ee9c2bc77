using System.Net;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>The campaigns list (/admin) shows what the API's campaigns query would give the same person, and the turnout.</summary>
public sealed class CampaignListPageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task Organizers_see_their_own_campaigns_observers_and_admins_see_all()
    {
        var alice = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var bob = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var olga = await AdminConsole.CreateAccountAsync(host, "OBSERVER");
        var aliceTitle = "甲支部 " + Guid.NewGuid().ToString("N")[..6];
        var bobTitle = "乙支部 " + Guid.NewGuid().ToString("N")[..6];
        await new CampaignScript(await AdminConsole.ApiAsync(host, alice), host.Anonymous).CreateAsync("democratic-review", aliceTitle);
        await new CampaignScript(await AdminConsole.ApiAsync(host, bob), host.Anonymous).CreateAsync("democratic-review", bobTitle);

        var seenByAlice = await TitlesAsync(alice);
        var seenByOlga = await TitlesAsync(olga);

        Assert.Contains(aliceTitle, seenByAlice);
        Assert.DoesNotContain(bobTitle, seenByAlice);
        Assert.Contains(aliceTitle, seenByOlga);
        Assert.Contains(bobTitle, seenByOlga);

        // Exactly what the API lists for the same people.
        Assert.Equal(await ApiTitlesAsync(await AdminConsole.ApiAsync(host, alice)), seenByAlice);
        Assert.Equal(await ApiTitlesAsync(await AdminConsole.ApiAsync(host, olga)), seenByOlga);
    }

    [Fact]
    public async Task A_campaign_card_shows_its_type_status_window_and_the_api_turnout_with_the_title_as_text()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var organizer = await AdminConsole.ApiAsync(host, login);
        var script = new CampaignScript(organizer, host.Anonymous);
        var title = "<b>第一党支部</b> " + Guid.NewGuid().ToString("N")[..6];
        var (id, codes) = await OpenAsync(script, title, codes: 4);
        var cast = await script.SubmitAsync(codes[0], [new { itemKey = "grade", subjectId = "m01", optionKeys = new[] { "excellent" } }, new { itemKey = "grade", subjectId = "m02", optionKeys = new[] { "qualified" } }, new { itemKey = "committee-overall", optionKeys = new[] { "satisfied" } }]);
        Assert.True(cast.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean(), cast.ToString());

        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync("/admin");

        var card = page.Document.QuerySelectorAll(".cards > li").Single(li => li.QuerySelector("h2")!.TextContent == title);
        Assert.Null(card.QuerySelector("h2 b"));
        Assert.Equal($"/admin/campaigns/{id}", card.QuerySelector("h2 a")!.GetAttribute("href"));
        var values = card.QuerySelectorAll("dd").Select(d => d.TextContent.Trim()).ToArray();
        Assert.Equal("民主评议党员", values[0]);
        Assert.Equal("进行中", values[1]);
        Assert.Equal("开始至结束投票期间", values[3]);

        var turnout = await organizer.DataAsync("query($id: ID!) { campaign(id: $id) { turnout { issued returned } } }", new { id });
        var rows = turnout.GetProperty("campaign").GetProperty("turnout").EnumerateArray().ToArray();
        Assert.Equal(
            $"已发放 {rows.Sum(r => r.GetProperty("issued").GetInt32())}，已回收 {rows.Sum(r => r.GetProperty("returned").GetInt32())}",
            card.QuerySelector(".turnout")!.TextContent);
    }

    [Fact]
    public async Task Every_console_page_is_private_and_anonymous_visitors_are_sent_to_the_login_page()
    {
        using var client = new PageClient(host.Host.BaseAddress);
        foreach (var path in new[] { "/admin", "/admin/logout", "/admin/campaigns/new", "/admin/campaigns/abc", "/admin/campaigns/abc/turnout", "/admin/campaigns/abc/transition/open" })
        {
            var answer = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, answer.Status);
            Assert.StartsWith("/admin/login?return=", AdminConsole.Target(answer), StringComparison.Ordinal);
        }

        var login = await client.GetAsync("/admin/login");
        Assert.Contains("no-store", login.Header("Cache-Control"), StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", login.Header("Content-Security-Policy"), StringComparison.Ordinal);
    }

    internal static async Task<(string Id, IReadOnlyList<string> Codes)> OpenAsync(CampaignScript script, string title, int codes)
    {
        var id = await script.CreateAsync("democratic-review", title);
        await script.AddSubjectsAsync(id, [new { id = "m01", name = "张伟" }, new { id = "m02", name = "王芳" }]);
        await script.AddGroupsAsync(id, [CampaignScript.Group("members", "党员", 1)]);
        var issued = await script.IssueAsync(id, new { groupKey = "members", strategy = "SLIPS", count = codes });
        await script.TransitionAsync("openCampaign", id);
        return (id, [.. issued.Select(i => i.Code)]);
    }

    private async Task<string[]> TitlesAsync(string login)
    {
        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync("/admin");
        return [.. page.Document.QuerySelectorAll(".cards h2").Select(h => h.TextContent)];
    }

    private static async Task<string[]> ApiTitlesAsync(GraphQLClient client)
    {
        var data = await client.DataAsync("{ campaigns { title } }");
        return [.. data.GetProperty("campaigns").EnumerateArray().Select(c => c.GetProperty("title").GetString()!)];
    }
}

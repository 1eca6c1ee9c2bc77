using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>The live turnout page: the API's counts per rater group, refreshed without script.</summary>
public sealed class TurnoutPageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task The_turnout_page_shows_the_apis_issued_and_returned_counts_per_group_and_refreshes_itself()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var (id, script) = await AdminConsole.AgencyDraftAsync(
            host, login, "参评情况", CampaignScript.Group("service", "服务对象", 1), CampaignScript.Group("deputies", "人大代表", 0.5));
        var service = await script.IssueAsync(id, new { groupKey = "service", strategy = "SLIPS", count = 5 });
        await script.IssueAsync(id, new { groupKey = "deputies", strategy = "SLIPS", count = 2 });
        await script.TransitionAsync("openCampaign", id);
        foreach (var (code, _, _) in service.Take(3))
        {
            await script.SubmitAsync(code, AgencyCampaign.Answers([.. AgencyCampaign.Agencies], "satisfied"));
        }

        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync($"/admin/campaigns/{id}/turnout");

        var shown = page.Document.QuerySelectorAll("tbody tr").Select(r =>
            (r.GetAttribute("data-group"), int.Parse(r.Children[1].TextContent, System.Globalization.CultureInfo.InvariantCulture), int.Parse(r.Children[2].TextContent, System.Globalization.CultureInfo.InvariantCulture)));
        var turnout = await script.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { turnout { groupKey issued returned } } }", new { id });
        var expected = turnout.GetProperty("campaign").GetProperty("turnout").EnumerateArray().Select(t =>
            (t.GetProperty("groupKey").GetString(), t.GetProperty("issued").GetInt32(), t.GetProperty("returned").GetInt32()));
        Assert.Equal(expected, shown);
        Assert.Contains(shown, r => r.Item3 > 0);
        Assert.Equal(["服务对象", "人大代表"], page.Document.QuerySelectorAll("tbody th").Select(th => th.TextContent));

        Assert.Equal("10", page.Document.QuerySelector("meta[http-equiv=refresh]")!.GetAttribute("content"));
        Assert.Contains("script-src 'none'", page.Header("Content-Security-Policy"), StringComparison.Ordinal);
    }
}

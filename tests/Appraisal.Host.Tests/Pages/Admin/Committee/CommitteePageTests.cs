using System.Net;
using System.Text.Json;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;
using static Appraisal.Host.Tests.Pages.Admin.Results.ConsoleCampaigns;

namespace Appraisal.Host.Tests.Pages.Admin.Committee;

/// <summary>
/// /admin/campaigns/{id}/committee: the 组织评定 form records grades through CommitteeGradeService (read back through
/// the API, which asks the same service), refuses more 优秀 than the 1/3 cap in enforce mode, never grades 预备党员,
/// and lets an observer read but not change.
/// </summary>
public sealed class CommitteePageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private static readonly (string Id, string Name, bool Probationary)[] Branch =
    [
        ("m01", "张伟", false), ("m02", "王芳", false), ("m03", "李娜", false), ("m04", "陈静", true),
        ("m05", "刘洋", false), ("m06", "杨磊", false), ("m07", "赵敏", false),
    ];

    [Fact]
    public async Task The_form_records_grades_and_in_enforce_mode_refuses_more_excellent_than_the_cap()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var api = await ApiAsync(host, login);
        var id = await ClosedBranchAsync(api, new Dictionary<string, string> { ["excellentCapMode"] = "enforce" });
        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync($"/admin/campaigns/{id}/committee");

        // 预备党员 are listed, never with a grade to choose.
        var probationary = page.Document.QuerySelector("tr[data-subject=m04]")!;
        Assert.Null(probationary.QuerySelector("select"));
        Assert.Contains("不定等次", probationary.TextContent, StringComparison.Ordinal);
        var full = Branch.Where(m => !m.Probationary).ToArray();
        var cap = (await GradesAsync(api, id)).GetProperty("cap").GetInt32();
        Assert.Equal(full.Length / 3, cap);
        Assert.Contains($"最多 {cap} 名", page.Document.QuerySelector(".cap")!.TextContent, StringComparison.Ordinal);

        // Up to the cap: saved, and the service has exactly these grades.
        var chosen = full.Select((m, i) => (m.Id, Grade: i < cap ? "excellent" : "qualified")).ToArray();
        var saved = await SubmitAsync(client, page, chosen);
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.NotNull(saved.Document.QuerySelector(".saved"));
        var stored = await GradesAsync(api, id);
        Assert.Equal(chosen, stored.GetProperty("grades").EnumerateArray().Select(g => (g.GetProperty("subjectId").GetString()!, g.GetProperty("grade").GetString()!)));
        Assert.Equal(cap, stored.GetProperty("capCount").GetInt32());

        // One more 优秀 than the cap: refused with the service's reason, and nothing changes.
        var over = full.Select((m, i) => (m.Id, Grade: i <= cap ? "excellent" : "qualified")).ToArray();
        var refused = await SubmitAsync(client, saved, over);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains($"最多 {cap} 人", refused.Document.QuerySelector(".problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("excellent", refused.Document.QuerySelector($"tr[data-subject={over[cap].Id}] option[selected]")!.GetAttribute("value"));
        var after = await GradesAsync(api, id);
        Assert.Equal(chosen, after.GetProperty("grades").EnumerateArray().Select(g => (g.GetProperty("subjectId").GetString()!, g.GetProperty("grade").GetString()!)));
    }

    [Fact]
    public async Task An_observer_reads_the_grades_without_a_form_to_change_them_and_a_forged_post_changes_nothing()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var observer = await AdminConsole.CreateAccountAsync(host, "OBSERVER");
        var api = await ApiAsync(host, login);
        var id = await ClosedBranchAsync(api, null);
        using var owner = await AdminConsole.SignedInAsync(host, login);
        var ownPage = await owner.GetAsync($"/admin/campaigns/{id}/committee");
        await SubmitAsync(owner, ownPage, [("m01", "qualified")]);

        using var client = await AdminConsole.SignedInAsync(host, observer);
        var page = await client.GetAsync($"/admin/campaigns/{id}/committee");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Empty(page.Document.QuerySelectorAll("form button:not(.s)"));
        Assert.All(page.Document.QuerySelectorAll("tr[data-subject] select"), s => Assert.True(s.HasAttribute("disabled")));
        Assert.Equal("qualified", page.Document.QuerySelector("tr[data-subject=m01] option[selected]")!.GetAttribute("value"));

        var forged = await SubmitAsync(client, page, [("m01", "unqualified")]);
        Assert.Equal(HttpStatusCode.Forbidden, forged.Status);
        var grades = (await GradesAsync(api, id)).GetProperty("grades").EnumerateArray().ToArray();
        Assert.Equal("qualified", grades.Single(g => g.GetProperty("subjectId").GetString() == "m01").GetProperty("grade").GetString());
    }

    [Fact]
    public async Task Types_without_committee_grading_get_no_form()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var script = new CampaignScript(await ApiAsync(host, login), host.Anonymous);
        var (id, _) = await AgencyCampaign.OpenAsync(script, codes: 1);
        await script.TransitionAsync("closeCampaign", id);
        using var client = await AdminConsole.SignedInAsync(host, login);

        var page = await client.GetAsync($"/admin/campaigns/{id}/committee");

        Assert.Empty(page.Document.QuerySelectorAll("select"));
        Assert.Contains("没有组织评定", page.Html, StringComparison.Ordinal);
    }

    /// <summary>Picks <paramref name="grades"/> in the form (by the row of each member) and posts it.</summary>
    private static Task<PageResponse> SubmitAsync(PageClient client, PageResponse page, IEnumerable<(string Id, string Grade)> grades) =>
        AdminConsole.SubmitAsync(client, page, "committee", values =>
        {
            foreach (var (member, grade) in grades)
            {
                var field = page.Document.QuerySelector($"tr[data-subject={member}] select")!.GetAttribute("name")!;
                values.Set(field, grade);
            }
        });

    private async Task<string> ClosedBranchAsync(GraphQLClient api, IReadOnlyDictionary<string, string>? settings)
    {
        var script = new CampaignScript(api, host.Anonymous);
        var (id, codes) = await OpenBranchAsync(script, "组织评定 " + Guid.NewGuid().ToString("N")[..6], Branch, codes: 3, settings);
        foreach (var code in codes)
        {
            await CastGradesAsync(script, code, Branch, _ => "excellent");
        }

        await script.TransitionAsync("closeCampaign", id);
        return id;
    }

    private static async Task<JsonElement> GradesAsync(GraphQLClient api, string id) =>
        (await api.DataAsync("query($id: ID!) { campaign(id: $id) { committeeGrades { cap capCount grades { subjectId grade } } } }", new { id }))
            .GetProperty("campaign").GetProperty("committeeGrades");
}

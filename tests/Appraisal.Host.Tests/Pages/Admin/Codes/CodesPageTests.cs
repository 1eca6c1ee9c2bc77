using System.Net;
using System.Text;
using AngleSharp.Dom;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Pages.Admin.Rosters;

namespace Appraisal.Host.Tests.Pages.Admin.Codes;

/// <summary>
/// /admin/campaigns/{id}/codes: issuing answers with the print sheet (each code once, shuffled, with a QR code of its
/// ballot), the seed commitment is the API's, voiding takes a code out of use, and only the campaign's managers may.
/// </summary>
public sealed class CodesPageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task Issuing_slips_prints_each_new_code_once_eight_to_a_page_and_every_code_opens_its_ballot()
    {
        var (login, id, script) = await DraftAsync();
        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync($"/admin/campaigns/{id}/codes");

        var sheet = await RosterForms.SubmitAsync(client, page, "issue", v => v.Set("Group", "members").Set("Strategy", "Slips").Set("Count", "10"), fileField: "Frame");

        Assert.Equal(HttpStatusCode.OK, sheet.Status);
        Assert.Contains("no-store", sheet.Header("Cache-Control"), StringComparison.Ordinal);
        Assert.Equal("no-referrer", sheet.Header("Referrer-Policy"));
        Assert.Contains("只显示这一次", sheet.Document.QuerySelector(".slips .sum")!.TextContent, StringComparison.Ordinal);
        var slips = sheet.Document.QuerySelectorAll(".slip").ToArray();
        Assert.Equal([8, 2], sheet.Document.QuerySelectorAll(".sp").Select(p => p.QuerySelectorAll(".slip").Length));
        var codes = slips.Select(s => s.QuerySelector(".sc")!.TextContent).ToArray();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[0-9A-Z]{5}-[0-9A-Z]{5}-[0-9A-Z]{5}$", c));
        Assert.All(slips, s => Assert.Equal("2026年度第一党支部民主评议党员", s.QuerySelector(".stl")!.TextContent));
        var origin = host.Host.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.All(slips, s => Assert.Equal(origin + "/b", s.QuerySelector(".su")!.TextContent));
        foreach (var slip in slips)
        {
            // Read back by ZXing, a library independent of the one that drew it: the full address of this slip's ballot.
            var modules = QrReading.Modules(slip.QuerySelector("svg.qr")!);
            Assert.True(QrReading.HasQuietZone(modules));
            Assert.Equal($"{origin}/b/{slip.QuerySelector(".sc")!.TextContent.Replace("-", "", StringComparison.Ordinal)}", QrReading.Decode(modules));
        }


        var draws = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { draws { commitment codeCount } } }", new { id });
        var draw = Assert.Single(draws.GetProperty("campaign").GetProperty("draws").EnumerateArray());
        Assert.Equal(draw.GetProperty("commitment").GetString(), sheet.Document.QuerySelector("#commitment")!.TextContent);
        Assert.Equal(10, draw.GetProperty("codeCount").GetInt32());
        Assert.Equal(["campaign.create", "campaign.subjects.add", "campaign.raterGroups.add", "campaign.codes.issue"], await RosterForms.AuditActionsAsync(host, id));

        await script.TransitionAsync("openCampaign", id);
        using var voter = new PageClient(host.Host.BaseAddress);
        foreach (var code in codes)
        {
            var ballot = await voter.GetAsync($"/b/{code}");
            Assert.Equal(HttpStatusCode.OK, ballot.Status);
            Assert.Equal(["张伟", "王芳", "李娜"], ballot.Rows.Select(r => r.Name));
        }

        var counts = await client.GetAsync($"/admin/campaigns/{id}/codes");
        Assert.Equal(["党员", "10", "0", "0"], Cells(counts.Document.QuerySelector("#counts tbody tr")!));
        Assert.Equal(draw.GetProperty("commitment").GetString(), counts.Document.QuerySelector("#draws .commitment")!.TextContent);
    }

    [Fact]
    public async Task A_balanced_peer_sheet_names_each_rater_whose_code_is_bound_to_others_outside_their_office()
    {
        var (login, id, script) = await DraftAsync();
        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync($"/admin/campaigns/{id}/codes");

        var sheet = await RosterForms.SubmitAsync(
            client, page, "issue", v => v.Set("Group", "members").Set("Strategy", "BalancedPeer").Set("PerRater", "1").Tick("ExcludeOffice", "office"), fileField: "Frame");

        Assert.Equal(HttpStatusCode.OK, sheet.Status);
        var slips = sheet.Document.QuerySelectorAll(".slip").ToArray();
        Assert.Equal(["m1 张伟", "m2 王芳", "m3 李娜"], slips.Select(s => s.QuerySelector(".sf")!.TextContent[3..]).Order(StringComparer.Ordinal));
        await script.TransitionAsync("openCampaign", id);
        foreach (var slip in slips)
        {
            var rater = slip.QuerySelector(".sf")!.TextContent[3..].Split(' ')[0];
            var rated = await script.BallotSubjectsAsync(slip.QuerySelector(".sc")!.TextContent);
            // m1 and m2 share 组织科: each may only rate m3; m3 rates one of them.
            Assert.DoesNotContain(rater, rated);
            Assert.Single(rated);
            Assert.True(rater == "m3" ? rated[0] != "m3" : rated[0] == "m3", $"{rater} rates {rated[0]}");
        }
    }

    [Fact]
    public async Task A_stratified_sample_is_drawn_from_an_uploaded_frame_and_names_who_each_slip_is_for()
    {
        var (login, id, _) = await DraftAsync();
        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync($"/admin/campaigns/{id}/codes");
        var frame = Encoding.UTF8.GetBytes("编号,姓名,层\r\nc1,赵一,窗口\r\nc2,钱二,窗口\r\nc3,孙三,热线\r\nc4,李四,热线\r\nc5,周五,窗口\r\nc6,吴六,热线\r\n");

        var sheet = await RosterForms.SubmitAsync(
            client, page, "issue", v => v.Set("Group", "members").Set("Strategy", "StratifiedSample").Set("SampleSize", "4"), ("frame.csv", frame), "Frame");

        Assert.Equal(HttpStatusCode.OK, sheet.Status);
        var names = new Dictionary<string, string> { ["c1"] = "赵一", ["c2"] = "钱二", ["c3"] = "孙三", ["c4"] = "李四", ["c5"] = "周五", ["c6"] = "吴六" };
        var drawn = sheet.Document.QuerySelectorAll(".slip .sf").Select(s => s.TextContent[3..].Split(' ')).ToArray();
        Assert.Equal(4, drawn.Length);
        Assert.All(drawn, d => Assert.Equal(names[d[0]], d[1]));
        Assert.Equal(2, drawn.Count(d => d[0] is "c1" or "c2" or "c5")); // proportional: half from each stratum
    }

    [Fact]
    public async Task A_voided_code_no_longer_opens_its_ballot_and_the_counts_say_so()
    {
        var (login, id, script) = await DraftAsync();
        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync($"/admin/campaigns/{id}/codes");
        var sheet = await RosterForms.SubmitAsync(client, page, "issue", v => v.Set("Group", "members").Set("Strategy", "Slips").Set("Count", "3"), fileField: "Frame");
        var codes = sheet.Document.QuerySelectorAll(".slip .sc").Select(s => s.TextContent).ToArray();
        await script.TransitionAsync("openCampaign", id);

        page = await client.GetAsync($"/admin/campaigns/{id}/codes");
        var voided = await AdminConsole.SubmitAsync(client, page, "void", v => v.Set("Codes", $"{codes[0].ToLowerInvariant().Replace('-', ' ')}\n\n{codes[0]}"));

        Assert.Equal(HttpStatusCode.OK, voided.Status);
        Assert.Contains("已作废 1 个", voided.Document.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["党员", "2", "0", "1"], Cells(voided.Document.QuerySelector("#counts tbody tr")!));
        using var voter = new PageClient(host.Host.BaseAddress);
        Assert.Equal(HttpStatusCode.Gone, (await voter.GetAsync($"/b/{codes[0]}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await voter.GetAsync($"/b/{codes[1]}")).Status);
        Assert.Equal("campaign.codes.void", (await RosterForms.AuditActionsAsync(host, id))[^1]);

        var refused = await AdminConsole.SubmitAsync(client, page, "void", v => v.Set("Codes", "not-a-code"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Contains("第 1 个测评码无效", refused.Document.QuerySelector(".e[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observers_get_403_and_other_organizers_404_and_no_code_is_issued_or_voided()
    {
        var (_, id, script) = await DraftAsync();
        var issued = await script.IssueAsync(id, new { groupKey = "members", strategy = "SLIPS", count = 1 });
        using var olga = await AdminConsole.SignedInAsync(host, await AdminConsole.CreateAccountAsync(host, "OBSERVER"));
        using var bob = await AdminConsole.SignedInAsync(host, await AdminConsole.CreateAccountAsync(host, "ORGANIZER"));

        var seen = await olga.GetAsync($"/admin/campaigns/{id}/codes");
        Assert.Equal(HttpStatusCode.OK, seen.Status);
        Assert.Empty(seen.Document.QuerySelectorAll("textarea, input[type=file]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await RosterForms.SubmitAsync(olga, seen, "issue", v => v.Set("Group", "members").Set("Strategy", "Slips").Set("Count", "5"), fileField: "Frame")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await AdminConsole.SubmitAsync(olga, seen, "void", v => v.Set("Codes", issued[0].Code))).Status);

        var hidden = await bob.GetAsync($"/admin/campaigns/{id}/codes");
        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await RosterForms.SubmitAsync(bob, hidden, "issue", v => v.Set("Group", "members").Set("Strategy", "Slips").Set("Count", "5"), fileField: "Frame")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await AdminConsole.SubmitAsync(bob, hidden, "void", v => v.Set("Codes", issued[0].Code))).Status);

        var turnout = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { draws { drawNo } turnout { issued voided } } }", new { id });
        Assert.Single(turnout.GetProperty("campaign").GetProperty("draws").EnumerateArray());
        var row = Assert.Single(turnout.GetProperty("campaign").GetProperty("turnout").EnumerateArray());
        Assert.Equal((1, 0), (row.GetProperty("issued").GetInt32(), row.GetProperty("voided").GetInt32()));
    }

    private static string[] Cells(IElement row) => [.. row.QuerySelectorAll("td").Select(td => td.TextContent)];

    /// <summary>A draft 民主评议党员 of three members (two in 组织科) with the group 党员, made by a new organiser through the API.</summary>
    private async Task<(string Login, string Id, CampaignScript Script)> DraftAsync()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var script = new CampaignScript(await RosterForms.ApiAsync(host, login), host.Anonymous);
        var id = await script.CreateAsync("democratic-review", "2026年度第一党支部民主评议党员");
        await script.AddSubjectsAsync(id,
        [
            new { id = "m1", name = "张伟", attributes = new[] { new { key = "office", value = "组织科" } } },
            new { id = "m2", name = "王芳", attributes = new[] { new { key = "office", value = "组织科" } } },
            new { id = "m3", name = "李娜", attributes = new[] { new { key = "office", value = "宣传科" } } },
        ]);
        await script.AddGroupsAsync(id, [CampaignScript.Group("members", "党员", 1)]);
        return (login, id, script);
    }
}

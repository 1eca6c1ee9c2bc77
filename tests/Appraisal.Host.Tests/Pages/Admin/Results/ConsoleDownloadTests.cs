using System.Net;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Exports;
using static Appraisal.Host.Tests.Pages.Admin.Results.ConsoleCampaigns;

namespace Appraisal.Host.Tests.Pages.Admin.Results;

/// <summary>
/// The exports from the console (/admin/campaigns/{id}/downloads/…) with the session cookie: the rules of
/// /exports (readers only before publishing, never cached; public after), and the very files /exports serves.
/// </summary>
public sealed class ConsoleDownloadTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private static readonly string[] Files = ["ballots.csv", "ballots.xlsx", "receipts.csv", "report.xlsx", "report.csv"];

    private static readonly (string Id, string Name, bool Probationary)[] Branch = [("m01", "张伟", false), ("m02", "王芳", false), ("m03", "李娜", false)];

    [Fact]
    public async Task The_results_page_links_every_export_and_the_xlsx_from_the_console_holds_the_published_box()
    {
        var alice = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var bob = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var script = new CampaignScript(await ApiAsync(host, alice), host.Anonymous);
        var (id, codes) = await OpenBranchAsync(script, "下载测试 " + Guid.NewGuid().ToString("N")[..6], Branch, codes: 4);
        for (var b = 0; b < codes.Count; b++)
        {
            await CastGradesAsync(script, codes[b], Branch, member => Grades[(b + member.Length) % 2]);
        }

        await script.TransitionAsync("closeCampaign", id);
        using var asAlice = await AdminConsole.SignedInAsync(host, alice);
        var page = await asAlice.GetAsync($"/admin/campaigns/{id}/results");
        var links = page.Document.QuerySelectorAll("ul.dl a").Select(a => a.GetAttribute("href")).ToArray();
        Assert.Equal(Files.Select(f => $"/admin/campaigns/{id}/downloads/{f}"), links);

        // Closed, not published: the owner may download, uncached; another organizer and an anonymous visitor may not.
        foreach (var link in links)
        {
            using var response = await asAlice.DownloadAsync(link!);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True(response.Headers.CacheControl?.NoStore, link);
            Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        }

        using var asBob = await AdminConsole.SignedInAsync(host, bob);
        using (var refused = await asBob.DownloadAsync(links[1]!))
        {
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        using var anonymous = new PageClient(host.Host.BaseAddress);
        using (var refused = await anonymous.DownloadAsync(links[1]!))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }

        Assert.Equal("PUBLISHED", await script.TransitionAsync("publishResults", id));
        var box = (await host.Anonymous.DataAsync(
            "query($id: ID!) { ballotBox(campaignId: $id) { chainHead sheets { id groupKey } } }", new { id })).GetProperty("ballotBox");
        using var console = await asAlice.DownloadAsync($"/admin/campaigns/{id}/downloads/ballots.xlsx");
        var workbook = ExportFiles.ReadXlsx(await console.Content.ReadAsByteArrayAsync());
        var ballots = workbook["选票 Ballots"];
        var sheets = box.GetProperty("sheets").EnumerateArray().ToArray();
        Assert.Equal(sheets.Select(s => s.GetProperty("id").GetString()), ballots.Skip(2).Select(r => r[0]));
        Assert.Equal(sheets.Select(s => s.GetProperty("groupKey").GetString()), ballots.Skip(2).Select(r => r[1]));
        Assert.Equal(sheets.Length, codes.Count);

        // The same rows as the public export, cell for cell.
        var exported = ExportFiles.ReadXlsx(await host.Host.Client.GetByteArrayAsync($"exports/{id}/ballots.xlsx"));
        Assert.Equal(exported["选票 Ballots"].Select(r => string.Join('\u001F', r)), ballots.Select(r => string.Join('\u001F', r)));

        // Published: the results page now shows the chain head the box publishes.
        var published = await asAlice.GetAsync($"/admin/campaigns/{id}/results");
        Assert.Equal(box.GetProperty("chainHead").GetString(), published.Document.QuerySelector("code.chain")!.TextContent);
    }
}

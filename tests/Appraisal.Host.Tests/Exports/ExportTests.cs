using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Exports;

/// <summary>
/// Issue 6 part 4 through a real host: a small 满意度测评 with one rater group below the minimum cell size is closed
/// and published, then every export is downloaded and read back with the Open XML SDK and CsvHelper, and compared
/// with what the GraphQL API publishes.
/// </summary>
public sealed class ExportTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private const string Formula = "=cmd|' /C calc'!A0";
    private const string Script = "<script>alert(1)</script>";
    private const string Public = "public";
    private const string Staff = "staff";
    private static readonly string[] ChoiceItems = ["overall", "attitude", "efficiency", "convenience", "transparency", "integrity"];
    private static readonly string[] Options = ["very-satisfied", "satisfied", "basically-satisfied"];

    [Fact]
    public async Task The_ballot_exports_hold_exactly_the_published_box_with_hostile_text_inert()
    {
        var id = await PublishedCampaignAsync();
        var box = (await host.Anonymous.DataAsync(
            """
            query($id: ID!) { ballotBox(campaignId: $id) {
              chainHead boxDigest ballotsCast receiptDigests withheldSheets
              sheets { id groupKey digest answers { itemKey subjectId optionKeys text } } } }
            """, new { id })).GetProperty("ballotBox");
        var sheets = box.GetProperty("sheets").EnumerateArray().ToArray();
        Assert.True(box.GetProperty("withheldSheets").GetInt32() > 0);
        Assert.All(sheets, s => Assert.Equal(Public, s.GetProperty("groupKey").GetString()));

        var xlsx = await DownloadAsync(host.Host.Client, $"exports/{id}/ballots.xlsx", "ballots.xlsx");
        var workbook = ExportFiles.ReadXlsx(xlsx);
        var ballots = workbook["选票 Ballots"];
        AssertRowsAreTheBox(ballots, sheets);

        var receipts = workbook["回执 Receipts"];
        Assert.Equal(box.GetProperty("chainHead").GetString(), receipts[0][1]);
        Assert.Equal(box.GetProperty("boxDigest").GetString(), receipts[1][1]);
        Assert.Equal(box.GetProperty("ballotsCast").GetInt32().ToString(CultureInfo.InvariantCulture), receipts[2][1]);
        Assert.Equal(box.GetProperty("receiptDigests").EnumerateArray().Select(d => d.GetString()!), receipts.Skip(6).Select(r => r[1]));

        // CSV: a BOM so Excel reads UTF-8, and the very rows of the XLSX.
        var csv = await DownloadAsync(host.Host.Client, $"exports/{id}/ballots.csv", "ballots.csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv[..3]);
        Assert.Equal(ballots.Select(Trimmed), ExportFiles.ReadCsv(csv).Select(Trimmed));
        var receiptsCsv = ExportFiles.ReadCsv(await DownloadAsync(host.Host.Client, $"exports/{id}/receipts.csv", "receipts.csv"));
        Assert.Equal(receipts.Where(r => r.Length > 0).Select(Trimmed), receiptsCsv.Where(r => r.Any(f => f.Length > 0)).Select(Trimmed));

        // Hostile text: the formula is text behind an apostrophe, the markup is plain text in a download.
        var texts = ballots.SelectMany(r => r).ToArray();
        Assert.Contains("'" + Formula, texts);
        Assert.DoesNotContain(Formula, texts);
        Assert.Contains(Script, texts);
    }

    [Fact]
    public async Task The_report_exports_equal_the_report_tables_and_hide_suppressed_cells()
    {
        var id = await PublishedCampaignAsync();
        var report = (await host.Anonymous.DataAsync(
            "query($id: ID!) { campaign(id: $id) { title report { ballotsCast tables { key title { zhCn } rows { text number suppressed } } } } }",
            new { id })).GetProperty("campaign");
        var tables = report.GetProperty("report").GetProperty("tables").EnumerateArray().ToArray();
        Assert.Contains(tables, t => t.GetProperty("rows").EnumerateArray().SelectMany(r => r.EnumerateArray()).Any(c => c.GetProperty("suppressed").GetBoolean()));

        var xlsx = await DownloadAsync(host.Host.Client, $"exports/{id}/report.xlsx", "report.xlsx");
        var workbook = ExportFiles.ReadXlsx(xlsx);
        var overview = workbook["概况 Overview"];
        Assert.Equal(report.GetProperty("title").GetString(), overview[0][1]);
        Assert.Equal(report.GetProperty("report").GetProperty("ballotsCast").GetInt32().ToString(CultureInfo.InvariantCulture), overview[4][1]);
        Assert.True(ExportFiles.NumberCells(xlsx, "概况 Overview") >= 3);

        var zip = new System.IO.Compression.ZipArchive(new MemoryStream(await DownloadAsync(host.Host.Client, $"exports/{id}/report.csv", "report-csv.zip")));
        Assert.Equal(tables.Length + 1, zip.Entries.Count);
        for (var i = 0; i < tables.Length; i++)
        {
            var expected = tables[i].GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().Select(Expected).ToArray()).ToArray();
            // Rows 1 and 2 are the column names, Chinese then English.
            var fromXlsx = workbook.Values.ElementAt(i + 1).Skip(2).ToArray();
            Assert.Equal(expected.Select(Trimmed), fromXlsx.Select(Trimmed));
            var entry = zip.Entries.Single(e => e.Name.EndsWith($"-{tables[i].GetProperty("key").GetString()}.csv", StringComparison.Ordinal));
            using var content = new MemoryStream();
            await using (var stream = entry.Open())
            {
                await stream.CopyToAsync(content);
            }

            Assert.Equal(expected.Select(Trimmed), ExportFiles.ReadCsv(content.ToArray()).Skip(2).Select(Trimmed));
        }
    }

    [Fact]
    public async Task Before_publication_only_readers_of_the_campaign_get_exports_and_nothing_is_cached()
    {
        var id = await ClosedCampaignAsync();
        using var anonymous = await host.Host.Client.GetAsync($"exports/{id}/ballots.xlsx");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        using var badKey = new HttpRequestMessage(HttpMethod.Get, $"exports/{id}/report.xlsx") { Headers = { Authorization = new("Bearer", "not-the-key") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Host.Client.SendAsync(badKey)).StatusCode);

        foreach (var file in new[] { "ballots.csv", "ballots.xlsx", "report.xlsx", "report.csv" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"exports/{id}/{file}") { Headers = { Authorization = new("Bearer", CampaignHost.AdminKey) } };
            using var response = await host.Host.Client.SendAsync(request);
            Assert.True(response.StatusCode == HttpStatusCode.OK, file + host.Host.Output);
            Assert.True(response.Headers.CacheControl?.NoStore, file);
        }

        using var unknown = await host.Host.Client.GetAsync("exports/no-such-campaign/ballots.csv");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        Assert.Equal("PUBLISHED", await new CampaignScript(host.Admin, host.Anonymous).TransitionAsync("publishResults", id));
        using var published = await host.Host.Client.GetAsync($"exports/{id}/ballots.xlsx");
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
    }

    /// <summary>Downloads an export, checking it comes as an attachment with an ASCII and a UTF-8 file name.</summary>
    private async Task<byte[]> DownloadAsync(HttpClient client, string path, string file)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        var disposition = response.Content.Headers.ContentDisposition ?? ContentDispositionHeaderValue.Parse(string.Join(",", response.Headers.GetValues("Content-Disposition")));
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.EndsWith(file, disposition.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.True(disposition.FileName.All(char.IsAscii));
        Assert.StartsWith("导出测试", disposition.FileNameStar, StringComparison.Ordinal);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static void AssertRowsAreTheBox(List<string[]> rows, JsonElement[] sheets)
    {
        var keys = rows[1];
        Assert.Equal(sheets.Select(s => s.GetProperty("id").GetString()), rows.Skip(2).Select(r => r[0]));
        foreach (var (sheet, row) in sheets.Zip(rows.Skip(2)))
        {
            Assert.Equal(sheet.GetProperty("groupKey").GetString(), row[1]);
            Assert.Equal(sheet.GetProperty("digest").GetString(), Cell(row, Array.IndexOf(keys, "sheet_digest")));
            var answers = sheet.GetProperty("answers").EnumerateArray().ToArray();
            foreach (var answer in answers)
            {
                Assert.Equal(JsonValueKind.Null, answer.GetProperty("subjectId").ValueKind);
                var column = Array.IndexOf(keys, answer.GetProperty("itemKey").GetString());
                Assert.True(column > 1);
                var expected = answer.GetProperty("text").ValueKind == JsonValueKind.String
                    ? Guarded(answer.GetProperty("text").GetString()!)
                    : string.Join(";", answer.GetProperty("optionKeys").EnumerateArray().Select(o => o.GetString()));
                Assert.Equal(expected, Cell(row, column));
            }

            // Every answer column is accounted for: none holds something the box does not.
            var filled = keys.Select((key, column) => (key, column))
                .Count(k => k.column > 1 && !k.key.EndsWith(":label", StringComparison.Ordinal) && k.key != "sheet_digest" && Cell(row, k.column).Length > 0);
            Assert.Equal(answers.Length, filled);
        }
    }

    private static string Expected(JsonElement cell) =>
        cell.GetProperty("suppressed").GetBoolean() ? "—"
        : cell.GetProperty("number").ValueKind == JsonValueKind.Number ? cell.GetProperty("number").GetDecimal().ToString(CultureInfo.InvariantCulture)
        : cell.GetProperty("text").ValueKind == JsonValueKind.String ? Guarded(cell.GetProperty("text").GetString()!) : "";

    private static string Guarded(string text) => text.Length > 0 && "=+-@\t\r".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    private static string Cell(string[] row, int column) => column < row.Length ? row[column] : "";

    private static string Trimmed(string[] row) => string.Join("\u001F", row).TrimEnd('\u001F');

    private async Task<string> PublishedCampaignAsync()
    {
        var id = await ClosedCampaignAsync();
        Assert.Equal("PUBLISHED", await new CampaignScript(host.Admin, host.Anonymous).TransitionAsync("publishResults", id));
        return id;
    }

    /// <summary>Five ballots of the public, two of a staff group too small to publish, some with hostile suggestions.</summary>
    private async Task<string> ClosedCampaignAsync()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var id = await script.CreateAsync("satisfaction", "导出测试 " + Guid.NewGuid().ToString("N")[..6]);
        await script.AddGroupsAsync(id, [CampaignScript.Group(Public, "办事群众", 1), CampaignScript.Group(Staff, "工作人员", 1)]);
        var publicSlips = await script.IssueAsync(id, new { groupKey = Public, strategy = "SLIPS", count = 5 });
        var staffSlips = await script.IssueAsync(id, new { groupKey = Staff, strategy = "SLIPS", count = CampaignHost.MinimumCellSize - 1 });
        Assert.Equal("OPEN", await script.TransitionAsync("openCampaign", id));
        string?[] suggestions = [Formula, Script, "-1+2", null, "希望增加自助服务终端"];
        var slips = publicSlips.Concat(staffSlips).ToArray();
        for (var i = 0; i < slips.Length; i++)
        {
            // 廉洁 gets two real answers and the rest 不了解: a cell below the minimum, suppressed in the report.
            var answers = ChoiceItems.Select(item => (object)new
            {
                itemKey = item,
                optionKeys = new[] { item == "integrity" && i >= 2 ? "unknown" : Options[(i + item.Length) % Options.Length] },
            }).ToList();
            if (suggestions[i % suggestions.Length] is { } suggestion)
            {
                answers.Add(new { itemKey = "suggestions", text = suggestion });
            }

            var result = await script.SubmitAsync(slips[i].Code, answers);
            Assert.True(result.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean(), result.ToString());
        }

        Assert.Equal("CLOSED", await script.TransitionAsync("closeCampaign", id));
        return id;
    }
}

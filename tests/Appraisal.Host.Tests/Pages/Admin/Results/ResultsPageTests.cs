using System.Globalization;
using System.Net;
using System.Text.Json;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;
using static Appraisal.Host.Tests.Pages.Admin.Results.ConsoleCampaigns;

namespace Appraisal.Host.Tests.Pages.Admin.Results;

/// <summary>
/// /admin/campaigns/{id}/results over HTTP: closed campaigns of each bundled type show their chart with the numbers
/// the ballots make (read back from the SVG), a small campaign shows no count at all, and only readers see it.
/// </summary>
public sealed class ResultsPageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private static readonly (string Id, string Name, bool Probationary)[] Branch =
        [("m01", "张伟", false), ("m02", "王芳", false), ("m03", "李娜", false), ("m04", "陈静", true), ("m05", "刘洋", false)];

    private static readonly string[] GradeLabels = ["优秀", "合格", "基本合格", "不合格"];

    [Fact]
    public async Task A_branch_review_draws_each_members_votes_as_stacked_bars_in_proportion_and_marks_the_flagged_member()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var script = new CampaignScript(await ApiAsync(host, login), host.Anonymous);
        var (id, codes) = await OpenBranchAsync(script, "第一党支部 " + Guid.NewGuid().ToString("N")[..6], Branch, codes: 5);
        var counts = new Dictionary<(string Member, int Grade), int>();
        for (var b = 0; b < codes.Count; b++)
        {
            // A different spread per member; m05 gets 不合格 on every ballot, which the default 50 % threshold flags.
            int Grade(string member) => member == "m05" ? 3 : b * int.Parse(member[1..], CultureInfo.InvariantCulture) % 4;
            await CastGradesAsync(script, codes[b], Branch, member => Grades[Grade(member)]);
            foreach (var member in Branch.Where(m => !m.Probationary))
            {
                counts[(member.Id, Grade(member.Id))] = counts.GetValueOrDefault((member.Id, Grade(member.Id))) + 1;
            }
        }

        await script.TransitionAsync("closeCampaign", id);
        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync($"/admin/campaigns/{id}/results");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith($"{codes.Count} ", page.Document.QuerySelector(".cast")!.TextContent, StringComparison.Ordinal);
        var rows = ChartRows.Of(page, "grades");
        Assert.Equal(Branch.Select(m => m.Name), rows.Select(r => r.Label));
        // One scale for the whole chart: every segment's width over its count is the same.
        var perVote = rows.SelectMany(r => r.Segments).Select(s => s.Width).Max() / counts.Values.Max();
        foreach (var (member, row) in Branch.Zip(rows))
        {
            if (member.Probationary)
            {
                Assert.Empty(row.Segments);
                Assert.Contains("不定等次", row.Text, StringComparison.Ordinal);
                continue;
            }

            var expected = Enumerable.Range(0, 4).Where(g => counts.ContainsKey((member.Id, g))).ToArray();
            Assert.Equal(expected, row.Segments.Select(s => s.Series));
            foreach (var (series, width) in row.Segments)
            {
                Assert.Equal(counts[(member.Id, series)] * perVote, width, 1);
                Assert.Contains($"{GradeLabels[series]} {counts[(member.Id, series)]}票", row.Text, StringComparison.Ordinal);
            }

            // The 不合格 flag, in words beside the name, exactly where 不合格 votes reach half the ballots.
            var flagged = counts.GetValueOrDefault((member.Id, 3)) * 2 >= codes.Count;
            Assert.Equal(flagged, row.Text.Contains("⚑", StringComparison.Ordinal) && row.Text.Contains("不合格票≥50%", StringComparison.Ordinal));
        }

        // The rules applied are on the page, as the report's own table.
        Assert.NotNull(page.Document.QuerySelector("table[data-table=rules] tbody tr"));
    }

    [Fact]
    public async Task A_campaign_with_fewer_ballots_than_the_minimum_shows_no_count_in_the_chart_or_the_tables()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var script = new CampaignScript(await ApiAsync(host, login), host.Anonymous);
        var (id, codes) = await OpenBranchAsync(script, "小支部 " + Guid.NewGuid().ToString("N")[..6], Branch, codes: CampaignHost.MinimumCellSize - 1);
        foreach (var code in codes)
        {
            await CastGradesAsync(script, code, Branch, _ => "excellent");
        }

        await script.TransitionAsync("closeCampaign", id);
        using var client = await AdminConsole.SignedInAsync(host, login);
        var page = await client.GetAsync($"/admin/campaigns/{id}/results");

        var rows = ChartRows.Of(page, "grades");
        Assert.All(rows, r => Assert.Empty(r.Segments));
        Assert.All(rows, r => Assert.DoesNotContain("票（", r.Text, StringComparison.Ordinal));
        var cells = page.Document.QuerySelectorAll("table[data-table=summary] tbody td").Select(td => td.TextContent).ToArray();
        Assert.NotEmpty(cells);
        Assert.All(cells, text => Assert.True(text is "—" or "", $"a figure is shown: {text}"));
        Assert.Contains("—", cells);
    }

    [Fact]
    public async Task A_satisfaction_survey_draws_the_satisfaction_rate_of_each_item_as_the_api_reports_it()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var api = await ApiAsync(host, login);
        var script = new CampaignScript(api, host.Anonymous);
        var (id, codes) = await PageCampaigns.OpenSurveyAsync(script, codes: 4);
        string[] items = ["overall", "attitude", "efficiency", "convenience", "transparency", "integrity"];
        var satisfied = new int[items.Length];
        for (var b = 0; b < codes.Count; b++)
        {
            var answers = new List<object>();
            for (var i = 0; i < items.Length; i++)
            {
                var pleased = (b + i) % 3 != 0;
                satisfied[i] += pleased ? 1 : 0;
                answers.Add(new { itemKey = items[i], optionKeys = new[] { pleased ? "satisfied" : "dissatisfied" } });
                if (!pleased)
                {
                    answers.Add(new { itemKey = items[i] + "-reason", text = "排队时间太长" });
                }
            }

            var cast = await script.SubmitAsync(codes[b], answers);
            Assert.True(cast.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean(), cast.ToString());
        }

        await script.TransitionAsync("closeCampaign", id);
        using var client = await AdminConsole.SignedInAsync(host, login);
        var rows = ChartRows.Of(await client.GetAsync($"/admin/campaigns/{id}/results"), "satisfaction");

        var table = await TableAsync(api, id, "items");
        Assert.Equal(table.Select(r => r[0].GetProperty("text").GetString()), rows.Select(r => r.Label));
        for (var i = 0; i < items.Length; i++)
        {
            var rate = satisfied[i] * 100d / codes.Count;
            Assert.Equal(rate / 100 * 360, rows[i].Segments.Single().Width, 1);
            Assert.Contains($"满意率 {table[i][2].GetProperty("number").GetDecimal().ToString("0.##", CultureInfo.InvariantCulture)}%", rows[i].Text, StringComparison.Ordinal);
            Assert.Contains($"测评得分 {table[i][3].GetProperty("number").GetDecimal().ToString("0.##", CultureInfo.InvariantCulture)}", rows[i].Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_agency_appraisal_ranks_agencies_by_score_with_their_tiers()
    {
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var api = await ApiAsync(host, login);
        var script = new CampaignScript(api, host.Anonymous);
        var (id, codes) = await AgencyCampaign.OpenAsync(script, codes: 4);
        // Subject order and score order differ, so a chart drawn in subject order would fail.
        string[] options = ["basically-satisfied", "dissatisfied", "satisfied"];
        foreach (var code in codes)
        {
            var answers = AgencyCampaign.Agencies.Select((agency, i) => AgencyCampaign.Answers([agency], options[i])).SelectMany(a => a);
            var cast = await script.SubmitAsync(code, answers);
            Assert.True(cast.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean(), cast.ToString());
        }

        await script.TransitionAsync("closeCampaign", id);
        using var client = await AdminConsole.SignedInAsync(host, login);
        var rows = ChartRows.Of(await client.GetAsync($"/admin/campaigns/{id}/results"), "agencies");

        var agencies = (await TableAsync(api, id, "agencies")).OrderByDescending(r => r[2].GetProperty("number").GetDecimal()).ToArray();
        Assert.Equal(agencies.Select(r => r[0].GetProperty("text").GetString()), rows.Select(r => r.Label));
        Assert.Equal(agencies.Length, agencies.Select(r => r[2].GetProperty("number").GetDecimal()).Distinct().Count());
        foreach (var (agency, row) in agencies.Zip(rows))
        {
            Assert.Equal((double)agency[2].GetProperty("number").GetDecimal() / 100 * 360, row.Segments.Single().Width, 1);
            Assert.Contains(agency[4].GetProperty("text").GetString()!, row.Text, StringComparison.Ordinal);
        }

        Assert.True(rows.Zip(rows.Skip(1)).All(p => p.First.Segments[0].Width > p.Second.Segments[0].Width));
        // Different tiers are different series (colour and hatching), and the legend names them.
        Assert.Equal(agencies.Select(r => r[4].GetProperty("text").GetString()).Distinct().Count(), rows.Select(r => r.Segments[0].Series).Distinct().Count());
    }

    [Fact]
    public async Task An_organizer_gets_404_for_someone_elses_results_and_an_observer_may_read_them()
    {
        var alice = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var bob = await AdminConsole.CreateAccountAsync(host, "ORGANIZER");
        var olga = await AdminConsole.CreateAccountAsync(host, "OBSERVER");
        var script = new CampaignScript(await ApiAsync(host, alice), host.Anonymous);
        var title = "甲支部 " + Guid.NewGuid().ToString("N")[..6];
        var (id, codes) = await OpenBranchAsync(script, title, Branch, codes: 3);
        foreach (var code in codes)
        {
            await CastGradesAsync(script, code, Branch, _ => "qualified");
        }

        await script.TransitionAsync("closeCampaign", id);

        using var asBob = await AdminConsole.SignedInAsync(host, bob);
        foreach (var path in new[] { "results", "report", "committee" })
        {
            var page = await asBob.GetAsync($"/admin/campaigns/{id}/{path}");
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain(title, page.Html, StringComparison.Ordinal);
        }

        var missing = await asBob.GetAsync("/admin/campaigns/no-such-campaign/results");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);

        using var asOlga = await AdminConsole.SignedInAsync(host, olga);
        var read = await asOlga.GetAsync($"/admin/campaigns/{id}/results");
        Assert.Equal(HttpStatusCode.OK, read.Status);
        Assert.Equal(title, read.Document.QuerySelector("h1")!.TextContent);
        var report = await asOlga.GetAsync($"/admin/campaigns/{id}/report");
        Assert.Equal(title, report.Document.QuerySelector("h1")!.TextContent);
        Assert.NotNull(report.Document.QuerySelector(".printed"));
        Assert.NotNull(report.Document.QuerySelector("svg[data-chart=grades]"));
    }

    /// <summary>A report table's rows as the API returns them (cells with text, number, suppressed).</summary>
    internal static async Task<JsonElement[][]> TableAsync(GraphQLClient api, string id, string key)
    {
        var data = await api.DataAsync("query($id: ID!) { campaign(id: $id) { report { tables { key rows { text number suppressed } } } } }", new { id });
        var table = data.GetProperty("campaign").GetProperty("report").GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == key);
        return [.. table.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToArray())];
    }
}

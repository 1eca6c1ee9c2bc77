using System.Collections.Concurrent;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>
/// Issue 4's first acceptance line, through the GraphQL API of a real host: create a 人民满意机关 campaign, add 50
/// agencies and 3 rater groups, issue 1,000 codes by all three strategies, open, cast 1,000 ballots from 32
/// concurrent clients, close, publish — and the report's counts and weighted agency scores equal what was cast, exactly.
/// </summary>
public sealed class CampaignLifecycleTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private static readonly string[] Indicators = ["attitude", "efficiency", "lawful", "integrity", "openness", "conduct"];
    private static readonly (string Key, decimal? Value)[] Options =
        [("satisfied", 100m), ("fairly-satisfied", 85m), ("basically-satisfied", 70m), ("dissatisfied", 40m), ("unknown", null)];

    [Fact]
    public async Task A_full_lifecycle_counts_every_ballot_exactly_once()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var id = await script.CreateAsync(CampaignScript.AgencyType, "2026年度人民满意机关评议");
        var agencies = Enumerable.Range(1, 50).Select(i => $"a{i:00}").ToArray();
        await script.AddSubjectsAsync(id, agencies.Select((a, i) => (object)new { id = a, name = $"第{i + 1}局", unitClass = i % 2 == 0 ? "党群部门" : "政府部门" }));
        await script.AddGroupsAsync(id,
        [
            CampaignScript.Group("service", "服务对象", 0.5),
            CampaignScript.Group("deputies", "人大代表政协委员", 0.3),
            CampaignScript.Group("peers", "机关互评", 0.2),
        ]);

        var slips = await script.IssueAsync(id, new { groupKey = "service", strategy = "SLIPS", count = 200 });
        var peer = await script.IssueAsync(id, new
        {
            groupKey = "deputies", strategy = "BALANCED_PEER", subjectsPerRater = 5,
            raters = Enumerable.Range(1, 400).Select(i => $"d{i:000}").ToArray(),
        });
        var sample = await script.IssueAsync(id, new
        {
            groupKey = "peers", strategy = "STRATIFIED_SAMPLE", sampleSize = 400,
            roster = Enumerable.Range(1, 800).Select(i => new { id = $"p{i:000}", stratum = i <= 600 ? "A" : "B" }).ToArray(),
        });
        Assert.Equal((200, 400, 400), (slips.Count, peer.Count, sample.Count));
        Assert.All(peer, b => Assert.Equal(5, b.Subjects.Length));
        Assert.Equal("OPEN", await script.TransitionAsync("openCampaign", id));

        var ballots = slips.Select(s => (s.Code, Group: "service", Subjects: agencies))
            .Concat(peer.Select(p => (p.Code, Group: "deputies", Subjects: p.Subjects)))
            .Concat(sample.Select(s => (s.Code, Group: "peers", Subjects: agencies)))
            .ToArray();
        // Per agency and rater group: valid answers, their points, and raters with at least one valid answer.
        var expected = new ConcurrentDictionary<(string Agency, string Group), (int Answers, decimal Points, int Raters)>();
        var receipts = new ConcurrentBag<string>();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 32).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < ballots.Length)
            {
                var (code, group, subjects) = ballots[index];
                var random = new Random(index);
                var answers = new List<object>();
                foreach (var subject in subjects)
                {
                    var (valid, sum) = (0, 0m);
                    foreach (var item in Indicators)
                    {
                        var (option, value) = Options[random.Next(Options.Length)];
                        answers.Add(new { itemKey = item, subjectId = subject, optionKeys = new[] { option } });
                        if (value is { } points)
                        {
                            (valid, sum) = (valid + 1, sum + points);
                        }
                    }

                    if (valid > 0)
                    {
                        expected.AddOrUpdate((subject, group), (valid, sum, 1), (_, t) => (t.Answers + valid, t.Points + sum, t.Raters + 1));
                    }
                }

                var result = await script.SubmitAsync(code, answers);
                var submitted = result.GetProperty("data").GetProperty("submitBallot");
                Assert.True(submitted.GetProperty("accepted").GetBoolean(), result.ToString());
                receipts.Add(submitted.GetProperty("receipt").GetProperty("digest").GetString()!);
            }
        }));

        Assert.Equal("CLOSED", await script.TransitionAsync("closeCampaign", id));
        Assert.Equal("PUBLISHED", await script.TransitionAsync("publishResults", id));

        var campaign = (await host.Anonymous.DataAsync(
            """
            query($id: ID!) { campaign(id: $id) {
              chainHead
              turnout { groupKey issued returned }
              report {
                ballotsCast sheetsCounted error tables { key rows { text number suppressed } }
                peopleSatisfiedAgency { agencies { id score } }
                satisfaction { ballotCount }
              }
            } }
            """,
            new { id })).GetProperty("campaign");
        var report = campaign.GetProperty("report");
        Assert.Equal(1000, report.GetProperty("ballotsCast").GetInt32());
        Assert.Equal(200 + (400 * 5) + 400, report.GetProperty("sheetsCounted").GetInt32());
        Assert.Equal(
            [("service", 200, 200), ("deputies", 400, 400), ("peers", 400, 400)],
            campaign.GetProperty("turnout").EnumerateArray().Select(t =>
                (t.GetProperty("groupKey").GetString(), t.GetProperty("issued").GetInt32(), t.GetProperty("returned").GetInt32())).ToArray());

        var rows = report.GetProperty("tables").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "agencies")
            .GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(50, rows.Length);
        // The agency score (DOMAIN §3.4): each group's mean of valid answers (indicator weights all 1), combined with
        // the group weights over groups with at least the minimum cell size (3) of raters, published 四舍五入 to 2 places.
        (string Key, decimal Weight)[] weights = [("service", 0.5m), ("deputies", 0.3m), ("peers", 0.2m)];
        for (var i = 0; i < agencies.Length; i++)
        {
            var (sum, total) = (0m, 0m);
            foreach (var (group, weight) in weights)
            {
                if (expected.TryGetValue((agencies[i], group), out var t) && t.Raters >= 3)
                {
                    (sum, total) = (sum + (weight * (t.Points / t.Answers)), total + weight);
                }
            }

            Assert.Equal((double)Math.Round(sum / total, 2, MidpointRounding.AwayFromZero), rows[i][2].GetProperty("number").GetDouble());
        }

        // The typed report of the plugin's GraphQL extension says the same; another type's field is null here.
        var typed = report.GetProperty("peopleSatisfiedAgency").GetProperty("agencies").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("score").GetDouble());
        Assert.Equal(agencies.Select((a, i) => rows[i][2].GetProperty("number").GetDouble()), agencies.Select(a => typed[a]));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, report.GetProperty("satisfaction").ValueKind);

        var box = (await host.Anonymous.DataAsync(
            "query($id: ID!) { ballotBox(campaignId: $id) { ballotsCast chainHead receiptDigests sheets { id } withheldSheets } }",
            new { id })).GetProperty("ballotBox");
        Assert.Equal(1000, box.GetProperty("ballotsCast").GetInt32());
        Assert.Equal(campaign.GetProperty("chainHead").GetString(), box.GetProperty("chainHead").GetString());
        Assert.Equal(receipts.OrderBy(r => r), box.GetProperty("receiptDigests").EnumerateArray().Select(r => r.GetString()!).OrderBy(r => r));
        Assert.Equal(2600, box.GetProperty("sheets").GetArrayLength() + box.GetProperty("withheldSheets").GetInt32());
    }
}

using System.Security.Cryptography;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Distribution;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>Draws through the API: committed before codes go out, revealed after close, reproducible by anyone.</summary>
public sealed class CampaignDrawTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task A_balanced_draw_of_200_members_is_fair_and_reproducible_from_its_revealed_seed()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var id = await script.CreateAsync("democratic-review", "第一党支部民主评议");
        var members = Enumerable.Range(1, 200).Select(i => (Id: $"m{i:000}", Office: $"o{i % 20:00}")).ToArray();
        await script.AddSubjectsAsync(id, members.Select(m => (object)new
        {
            id = m.Id, name = $"党员{m.Id}", attributes = new[] { new { key = "office", value = m.Office } },
        }));
        await script.AddGroupsAsync(id, [CampaignScript.Group("members", "党员", 1)]);
        var issued = await script.IssueAsync(id, new { groupKey = "members", strategy = "BALANCED_PEER", subjectsPerRater = 10, exclusionAttribute = "office" });

        Assert.Equal(200, issued.Count);
        var office = members.ToDictionary(m => m.Id, m => m.Office);
        foreach (var (_, rater, subjects) in issued)
        {
            Assert.Equal(10, subjects.Distinct().Count());
            Assert.DoesNotContain(rater, subjects);
            Assert.DoesNotContain(subjects, s => office[s] == office[rater!]);
        }

        var counts = issued.SelectMany(b => b.Subjects).GroupBy(s => s).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(200, counts.Count);
        Assert.All(counts.Values, c => Assert.InRange(c, 9, 11)); // mean 10, within ±1

        const string drawsQuery = "query($id: ID!) { campaign(id: $id) { draws { drawNo strategy commitment revealedSeed parameters codeCount } } }";
        var before = (await host.Admin.DataAsync(drawsQuery, new { id })).GetProperty("campaign").GetProperty("draws")[0];
        Assert.Equal(System.Text.Json.JsonValueKind.Null, before.GetProperty("revealedSeed").ValueKind);
        var commitment = before.GetProperty("commitment").GetString()!;

        await script.TransitionAsync("openCampaign", id);
        await script.TransitionAsync("closeCampaign", id);
        var after = (await host.Admin.DataAsync(drawsQuery, new { id })).GetProperty("campaign").GetProperty("draws")[0];
        var seed = after.GetProperty("revealedSeed").GetString()!;
        Assert.Equal(commitment, Convert.ToHexStringLower(SHA256.HashData(Convert.FromHexString(seed))));

        var replay = DrawReplay.Run(new CampaignDraw(
            after.GetProperty("drawNo").GetInt32(), "members", nameof(IssueStrategy.BalancedPeer),
            after.GetProperty("parameters").GetString()!, commitment, seed, after.GetProperty("codeCount").GetInt32()));
        Assert.Equal(
            issued.OrderBy(b => b.RaterId).Select(b => (b.RaterId!, string.Join(",", b.Subjects))),
            replay.OrderBy(r => r.Rater).Select(r => (r.Rater, string.Join(",", r.Subjects))));
        Assert.False(DrawSeed.Verify(seed[..^2] + (seed[^1] == '0' ? "01" : "00"), commitment));
    }

    [Fact]
    public async Task A_test_run_is_purged_by_a_reset_and_a_closed_campaign_takes_no_ballot()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var id = await script.CreateAsync(CampaignScript.AgencyType, "试运行");
        await script.AddSubjectsAsync(id, new[] { "a1", "a2", "a3" }.Select(a => (object)new { id = a, name = a }));
        await script.AddGroupsAsync(id, [CampaignScript.Group("service", "服务对象", 1)]);
        var trial = await script.IssueAsync(id, new { groupKey = "service", strategy = "SLIPS", count = 2 });
        var opened = await host.Admin.DataAsync("mutation($id: ID!) { openCampaign(id: $id, testMode: true) { status testMode } }", new { id });
        Assert.True(opened.GetProperty("openCampaign").GetProperty("testMode").GetBoolean());
        var cast = await script.SubmitAsync(trial[0].Code, BallotCastingTests.Answers(["a1", "a2", "a3"], "satisfied"));
        Assert.True(cast.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean());

        var edit = await host.Admin.SendAsync("mutation($id: ID!) { addSubjects(campaignId: $id, subjects: [{ id: \"a4\", name: \"a4\" }]) { id } }", new { id });
        Assert.Equal("CAMPAIGN_WRONG_STATUS", GraphQLClient.ErrorCode(edit));

        Assert.Equal("DRAFT", await script.TransitionAsync("resetTestCampaign", id));
        var reset = (await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { testMode draws { drawNo } turnout { issued returned } } }", new { id })).GetProperty("campaign");
        Assert.False(reset.GetProperty("testMode").GetBoolean());
        Assert.Equal(0, reset.GetProperty("draws").GetArrayLength());
        Assert.Equal(0, reset.GetProperty("turnout")[0].GetProperty("issued").GetInt32());
        var gone = await host.Anonymous.SendAsync("query($c: String!) { ballot(code: $c) { campaignId } }", new { c = trial[1].Code });
        Assert.Equal("CODE_NOT_FOUND", GraphQLClient.ErrorCode(gone));

        var live = await script.IssueAsync(id, new { groupKey = "service", strategy = "SLIPS", count = 2 });
        Assert.Equal("OPEN", await script.TransitionAsync("openCampaign", id));
        Assert.Equal("CLOSED", await script.TransitionAsync("closeCampaign", id));
        var late = await script.SubmitAsync(live[0].Code, BallotCastingTests.Answers(["a1", "a2", "a3"], "satisfied"));
        Assert.Equal("CAMPAIGN_NOT_OPEN", GraphQLClient.ErrorCode(late));
        var moreCodes = await host.Admin.SendAsync("mutation($id: ID!) { issueBallots(campaignId: $id, input: { groupKey: \"service\", strategy: SLIPS, count: 1 }) { drawNo } }", new { id });
        Assert.Equal("CAMPAIGN_WRONG_STATUS", GraphQLClient.ErrorCode(moreCodes));
    }
}

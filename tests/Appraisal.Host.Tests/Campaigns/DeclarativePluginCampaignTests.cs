using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>
/// Issue 5's acceptance line for declarative plugins, through a real host: a copy of the bundled 绩效考评 folder
/// (no assembly) dropped into the plugin folder is Active within 5 s, runs a whole campaign through GraphQL whose
/// report equals an independent computation, and leaves when its folder is removed.
/// </summary>
public sealed class DeclarativePluginCampaignTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private const string PluginId = "acme.performance";
    private const string TypeKey = "acme-performance";
    private static readonly string[] Items = ["de", "neng", "qin", "ji", "lian"];
    private static readonly decimal[] ItemWeights = [15m, 20m, 20m, 30m, 15m];
    private static readonly (string Key, decimal Points)[] Grades =
        [("excellent", 100m), ("competent", 80m), ("basically-competent", 60m), ("incompetent", 30m)];
    private static readonly string[] Staff = ["e1", "e2", "e3", "e4"];

    /// <summary>The grade slip <paramref name="slip"/> of a group gives a subject for an item: varied, never uniform.</summary>
    private static int Pick(int group, int slip, int subject, int item) => ((slip * 2) + subject + (item * (subject + 1)) + group) % Grades.Length;

    [Fact]
    public async Task A_dropped_declarative_plugin_runs_a_campaign_end_to_end_and_leaves_when_removed()
    {
        var folder = Path.Combine(host.DataDirectory, "plugins", "acme-performance");
        var clock = Stopwatch.StartNew();
        Drop(folder);
        var active = await WaitForPluginAsync(p => p?.GetProperty("status").GetString() == "Active", TimeSpan.FromSeconds(5));
        Assert.True(active is not null && clock.Elapsed < TimeSpan.FromSeconds(5), $"not Active within 5 s: {active}");

        var types = await host.Admin.DataAsync("{ appraisalTypes { key templates { questionnaire { items { key } } } } }");
        var type = types.GetProperty("appraisalTypes").EnumerateArray().Single(t => t.GetProperty("key").GetString() == TypeKey);
        Assert.Equal([.. Items, "problems", "conduct"],
            type.GetProperty("templates")[0].GetProperty("questionnaire").GetProperty("items").EnumerateArray().Select(i => i.GetProperty("key").GetString()));

        var script = new CampaignScript(host.Admin, host.Anonymous);
        var id = await script.CreateAsync(TypeKey, "2026年上半年机关工作人员绩效考评");
        await script.AddSubjectsAsync(id, Staff.Select((s, i) => (object)new
        {
            id = s, name = $"干部{i + 1}", attributes = new[] { new { key = "office", value = i < 2 ? "综合股" : "执法股" } },
        }));
        await script.AddGroupsAsync(id,
        [
            CampaignScript.Group("peer", "交叉互评", 0.6),
            CampaignScript.Group("superior", "上级核定", 0.4),
            CampaignScript.Group("self", "自查自评", null),
        ]);
        var peer = await script.IssueAsync(id, new { groupKey = "peer", strategy = "SLIPS", count = 3 });
        var superior = await script.IssueAsync(id, new { groupKey = "superior", strategy = "SLIPS", count = 3 });
        Assert.Equal("OPEN", await script.TransitionAsync("openCampaign", id));

        // The plugin's rule: a ballot rating 3 or more colleagues the same on everything is refused (干好干坏一个样).
        var uniform = await script.SubmitAsync(peer[0].Code, Staff.SelectMany(s => Items.Select(i => (object)new { itemKey = i, subjectId = s, optionKeys = new[] { "competent" } })));
        var refused = uniform.GetProperty("data").GetProperty("submitBallot");
        Assert.False(refused.GetProperty("accepted").GetBoolean());
        Assert.Equal("UNIFORM_ANSWERS", refused.GetProperty("problems")[0].GetProperty("code").GetString());

        foreach (var (codes, group) in new[] { (peer, 0), (superior, 1) })
        {
            for (var slip = 0; slip < codes.Count; slip++)
            {
                var answers = Staff.SelectMany((s, si) => Items.Select((item, ii) =>
                    (object)new { itemKey = item, subjectId = s, optionKeys = new[] { Grades[Pick(group, slip, si, ii)].Key } }));
                var result = await script.SubmitAsync(codes[slip].Code, answers);
                Assert.True(result.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean(), result.ToString());
            }
        }

        Assert.Equal("CLOSED", await script.TransitionAsync("closeCampaign", id));
        Assert.Equal("PUBLISHED", await script.TransitionAsync("publishResults", id));
        var report = (await host.Anonymous.DataAsync(
            "query($id: ID!) { campaign(id: $id) { report { ballotsCast error tables { key columns { zhCn } rows { text number suppressed } } } } }",
            new { id })).GetProperty("campaign").GetProperty("report");
        Assert.Equal(JsonValueKind.Null, report.GetProperty("error").ValueKind);
        Assert.Equal(6, report.GetProperty("ballotsCast").GetInt32());
        var tables = report.GetProperty("tables").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!);
        Assert.Equal(["scores", "group-items", "rules"], tables.Keys);

        var expected = Expected();
        var rows = tables["scores"].GetProperty("rows").EnumerateArray().ToArray();
        Assert.Equal(Staff.Length, rows.Length);
        for (var s = 0; s < Staff.Length; s++)
        {
            var (peerScore, superiorScore, composite, rank, tier) = expected[s];
            Assert.Equal($"干部{s + 1}", rows[s][0].GetProperty("text").GetString());
            Assert.Equal((double)peerScore, rows[s][2].GetProperty("number").GetDouble());
            Assert.Equal((double)superiorScore, rows[s][3].GetProperty("number").GetDouble());
            Assert.True(rows[s][4].GetProperty("suppressed").GetBoolean(), "自查自评 cast nothing: hidden");
            Assert.Equal((double)composite, rows[s][5].GetProperty("number").GetDouble());
            Assert.Equal("交叉互评、上级核定", rows[s][6].GetProperty("text").GetString());
            Assert.Equal(rank, rows[s][7].GetProperty("number").GetDouble());
            Assert.Equal(tier, rows[s][8].GetProperty("text").GetString());
        }

        var rules = tables["rules"].GetProperty("rows").EnumerateArray().ToDictionary(r => r[0].GetProperty("text").GetString()!, r => r[1].GetProperty("text").GetString()!);
        Assert.Equal("优秀=100, 称职=80, 基本称职=60, 不称职=30; 不了解 不计入分母 (excluded from denominators)", rules["量表映射 Scale mapping: 考评等次 (grade)"]);
        Assert.StartsWith("self 0.1, peer 0.3, subordinate 0.2, superior 0.4", rules["类型建议权重 Type's default weights"]);

        Directory.Delete(folder, recursive: true);
        Assert.Null(await WaitForPluginAsync(p => p is null, TimeSpan.FromSeconds(10)));
        // The schema is rebuilt just after the catalog changes (PluginCatalog.Changed), so it may trail /healthz by a moment.
        var gone = Stopwatch.StartNew();
        while (await ServesTypeAsync() && gone.Elapsed < TimeSpan.FromSeconds(5))
        {
            await Task.Delay(50);
        }

        Assert.False(await ServesTypeAsync(), "the type is still in the schema 5 s after its plugin left");
        var refusedCreate = await host.Admin.SendAsync(
            "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }", new { input = new { typeKey = TypeKey, title = "再来一次" } });
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(refusedCreate));
    }

    private async Task<bool> ServesTypeAsync() =>
        (await host.Admin.DataAsync("{ appraisalTypes { key } }")).GetProperty("appraisalTypes").EnumerateArray()
            .Any(t => t.GetProperty("key").GetString() == TypeKey);

    /// <summary>Per subject: the two group scores, the composite, its rank and tier, computed straight from the grades cast.</summary>
    private static (decimal Peer, decimal Superior, decimal Composite, double Rank, string Tier)[] Expected()
    {
        decimal GroupScore(int group, int subject)
        {
            var means = Items.Select((_, item) => Enumerable.Range(0, 3).Average(slip => Grades[Pick(group, slip, subject, item)].Points)).ToArray();
            return means.Select((mean, item) => mean * ItemWeights[item]).Sum() / ItemWeights.Sum();
        }

        var scores = Staff.Select((_, s) =>
        {
            var (p, q) = (GroupScore(0, s), GroupScore(1, s));
            return (Peer: Round(p), Superior: Round(q), Composite: Round((0.6m * p) + (0.4m * q)));
        }).ToArray();
        return [.. scores.Select(x => (x.Peer, x.Superior, x.Composite, (double)(1 + scores.Count(o => o.Composite > x.Composite)),
            x.Composite >= 90 ? "优秀" : x.Composite >= 75 ? "称职" : x.Composite >= 60 ? "基本称职" : "不称职"))];
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Copies the bundled 绩效考评 folder under another id and type key, the manifest last as a copy tool leaves it.</summary>
    private static void Drop(string target)
    {
        var source = Path.Combine(RepositoryPaths.HostOutput, "plugins", "performance");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "plugin.json"))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "plugin.json")))!;
        manifest["id"] = PluginId;
        manifest["types"]![0]!["key"] = TypeKey;
        File.WriteAllText(Path.Combine(target, "plugin.json"), manifest.ToJsonString());
    }

    private async Task<JsonElement?> WaitForPluginAsync(Func<JsonElement?, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        JsonElement? plugin = null;
        while (clock.Elapsed < limit)
        {
            var health = await host.Host.Client.GetFromJsonAsync<JsonElement>("healthz");
            plugin = health.GetProperty("plugins").EnumerateArray().Select(p => (JsonElement?)p)
                .FirstOrDefault(p => p!.Value.GetProperty("id").GetString() == PluginId);
            if (done(plugin))
            {
                return plugin;
            }

            await Task.Delay(100);
        }

        return plugin;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>A declarative plugin in the catalog: staged, activated, refused, superseded and removed like a compiled one.</summary>
public sealed class DeclarativeCatalogTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_declarative_folder_becomes_active_and_serves_its_questionnaire_as_the_template()
    {
        await using var harness = new CatalogHarness(output);
        var folder = DeclarativeFolders.Write(harness.DropFolder("performance"));

        await harness.StartAsync();

        var entry = harness.Entry("appraisal.performance");
        Assert.Equal((PluginStatus.Active, null), (entry.Status, entry.LastError));
        Assert.Equal(["performance"], entry.AppraisalTypes);
        var type = harness.Catalog.AppraisalTypes.Single();
        Assert.Equal(("performance", "绩效考评", "balanced-peer", false), (type.Key, type.Name.ZhCn, type.Distribution.Strategy, type.HasSchemaExtension));
        var template = type.Templates.Single();
        Assert.Equal("de-neng-qin-ji-lian", template.Key);
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        var fromFile = JsonSerializer.Deserialize<Questionnaire>(File.ReadAllText(Path.Combine(folder, DeclarativeFolders.Questionnaire)), options)!;
        Assert.Equal(CampaignJson.Write(fromFile), CampaignJson.Write(template.Questionnaire));
        Assert.Equal(["de", "neng", "qin", "ji", "lian", "problems", "conduct"], template.Questionnaire.Items.Select(i => i.Key));
        Assert.Equal([15m, 20m, 20m, 30m, 15m], template.Questionnaire.Items.Take(5).Select(i => i.Weight));

        // Staged like any plugin; no load context, since nothing was loaded.
        Assert.Single(Directory.GetDirectories(Path.Combine(harness.Root.Path, "staging", "appraisal.performance")));
        Assert.Null(harness.Catalog.LoadContextOf("appraisal.performance"));
        var input = new AggregationInput(template.Questionnaire, [], [], [], new Dictionary<string, string>());
        var tables = await harness.Catalog.InvokeAsync("performance", (t, ct) => t.Aggregator.Aggregate(input, ct).Tables.Select(x => x.Key).ToArray());
        Assert.Equal(["scores", "group-items", "rules"], tables);
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "bad-json", "questionnaires/de-neng-qin-ji-lian.json: invalid questionnaire at \"$.items[0]" },
        { "unknown-field", "questionnaires/de-neng-qin-ji-lian.json: invalid questionnaire at \"$.items[0]" },
        { "unknown-scale", "questionnaires/de-neng-qin-ji-lian.json: \"items[0].scaleKey\" is \"stars\", which is not a scale of this questionnaire (\"scales\" defines: grade)" },
        { "missing-file", "questionnaires/missing.json: is not in the plugin folder (named in plugin.json \"types[0].templates[0].file\")" },
        { "unknown-aggregation", "plugin.json: \"types[0].aggregation.strategy\" is \"median\", which this host does not provide (built in: option-counts, weighted-score)" },
        { "unknown-distribution", "plugin.json: \"types[0].distribution.strategy\" is \"carrier-pigeon\", which this host does not provide" },
        { "bad-setting", "plugin.json: \"types[0].aggregation.settings.tiers\" must be a list of distinct threshold:label pairs" },
        { "unknown-setting", "plugin.json: \"types[0].aggregation.settings.colour\" is not a setting of this strategy (known: groupWeights, tiers, rankWithin, missingGroups, decimals)" },
        { "unknown-rule", "plugin.json: \"types[0].rules[0].rule\" is \"no-cheating\", which this host does not provide (built in: max-share, not-uniform)" },
        { "rule-item", "plugin.json: \"types[0].rules[0].item\" \"overall\" is not a per-subject choice item of every template" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public async Task A_malformed_declarative_plugin_is_not_supported_with_a_precise_error_and_nothing_else_breaks(string fault, string expected)
    {
        await using var harness = new CatalogHarness(output);
        PluginFolders.WriteTestPlugin(harness.DropFolder("good"));
        var folder = DeclarativeFolders.Write(harness.DropFolder("faulty"), manifest =>
        {
            var type = DeclarativeFolders.Type(manifest);
            switch (fault)
            {
                case "missing-file": type["templates"]![0]!["file"] = "questionnaires/missing.json"; break;
                case "unknown-aggregation": type["aggregation"]!["strategy"] = "median"; break;
                case "unknown-distribution": type["distribution"]!["strategy"] = "carrier-pigeon"; break;
                case "bad-setting": type["aggregation"]!["settings"]!["tiers"] = "high, low"; break;
                case "unknown-setting": type["aggregation"]!["settings"]!["colour"] = "red"; break;
                case "unknown-rule": type["rules"]![0]!["rule"] = "no-cheating"; break;
                case "rule-item": type["rules"] = JsonNodeOf("""[{ "rule": "max-share", "item": "overall", "option": "excellent", "share": 0.3 }]"""); break;
                default: break;
            }
        });
        switch (fault)
        {
            case "bad-json": DeclarativeFolders.EditQuestionnaire(folder, q => q.Replace("\"kind\": \"Choice\"", "\"kind\": Choice", StringComparison.Ordinal)); break;
            case "unknown-field": DeclarativeFolders.EditQuestionnaire(folder, q => q.Replace("\"kind\": \"Choice\"", "\"colour\": 1, \"kind\": \"Choice\"", StringComparison.Ordinal)); break;
            case "unknown-scale": DeclarativeFolders.EditQuestionnaire(folder, q => ReplaceFirst(q, "\"scaleKey\": \"grade\"", "\"scaleKey\": \"stars\"")); break;
            default: break;
        }

        await harness.StartAsync();

        var entry = harness.Entry("appraisal.performance");
        Assert.Equal(PluginStatus.NotSupported, entry.Status);
        Assert.Equal("1.0.0", entry.Version);
        Assert.StartsWith(expected, entry.LastError);
        Assert.Equal(PluginStatus.Active, harness.Entry("test.plugin").Status);
        Assert.Equal(["test-type"], harness.Catalog.AppraisalTypes.Select(t => t.Key));
        Assert.Contains(harness.Logger.Lines, l => l.Contains("Plugin appraisal.performance 1.0.0 is NotSupported", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_declarative_manifest_with_a_bad_shape_is_listed_under_its_folder_name()
    {
        await using var harness = new CatalogHarness(output);
        DeclarativeFolders.Write(harness.DropFolder("odd"), manifest => DeclarativeFolders.Type(manifest)["colour"] = "red");

        await harness.StartAsync();

        var entry = harness.Entry("odd");
        Assert.Equal(PluginStatus.NotSupported, entry.Status);
        Assert.StartsWith("plugin.json: \"types[0].colour\" is not a known field", entry.LastError);
    }

    [Fact]
    public async Task A_newer_version_supersedes_and_removal_removes_like_a_compiled_plugin()
    {
        await using var harness = new CatalogHarness(output, watch: true);
        var v1 = DeclarativeFolders.Write(harness.DropFolder("performance-1"));
        await harness.StartAsync();
        Assert.Equal(PluginStatus.Active, harness.Entry("appraisal.performance", "1.0.0").Status);

        var incoming = harness.DropFolder(".performance-2.incoming");
        DeclarativeFolders.Write(incoming, m => DeclarativeFolders.Type(m)["name"]!["zhCn"] = "绩效考评（新）", version: "1.1.0");
        Directory.Move(incoming, harness.DropFolder("performance-2"));
        await harness.WaitUntilAsync(() => harness.FindEntry("appraisal.performance", "1.1.0")?.Status == PluginStatus.Active,
            Patience, "version 1.1.0 is active");

        Assert.Equal(PluginStatus.Superseded, harness.Entry("appraisal.performance", "1.0.0").Status);
        Assert.Equal(("1.1.0", "绩效考评（新）"), (harness.Catalog.AppraisalTypes.Single().PluginVersion, harness.Catalog.AppraisalTypes.Single().Name.ZhCn));
        Assert.True(await harness.Catalog.WaitForUnloadAsync("appraisal.performance", "1.0.0", Patience));

        Directory.Delete(harness.DropFolder("performance-2"), recursive: true);
        Directory.Delete(v1, recursive: true);
        await harness.WaitUntilAsync(() => harness.Catalog.Plugins.Count == 0, Patience, "the plugin is gone");

        Assert.Empty(harness.Catalog.AppraisalTypes);
        Assert.True(await harness.Catalog.WaitForUnloadAsync("appraisal.performance", "1.1.0", Patience));
        var error = await Assert.ThrowsAsync<PluginCallException>(() => harness.Catalog.InvokeAsync("performance", (t, _) => t.Key));
        Assert.Contains("No active plugin serves the appraisal type \"performance\"", error.Message);
    }

    [Fact]
    public async Task The_verifier_reports_a_declarative_plugin_and_its_problems()
    {
        using var good = new TestDirectory();
        using var bad = new TestDirectory();
        DeclarativeFolders.Write(good.Path);
        DeclarativeFolders.Write(bad.Path, m => DeclarativeFolders.Type(m)["aggregation"]!["strategy"] = "median");
        var verifier = new PluginVerifier(TimeSpan.FromSeconds(5));

        var ok = await verifier.VerifyAsync(good.Path);
        var refused = await verifier.VerifyAsync(bad.Path);

        Assert.True(ok.Ok, ok.ToString());
        Assert.Null(ok.Unloaded);
        Assert.Contains("kind: declarative (no assembly)", ok.ToString());
        Assert.Equal("performance", ok.AppraisalTypes.Single().Key);
        Assert.Equal(PluginStatus.NotSupported, refused.Status);
        Assert.Contains("\"types[0].aggregation.strategy\" is \"median\"", refused.Problems.Single());
    }

    private static System.Text.Json.Nodes.JsonNode JsonNodeOf(string json) => System.Text.Json.Nodes.JsonNode.Parse(json)!;

    private static string ReplaceFirst(string text, string what, string with)
    {
        var at = text.IndexOf(what, StringComparison.Ordinal);
        return text[..at] + with + text[(at + what.Length)..];
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Appraisal.PluginApi.Questionnaires;
using static Appraisal.Plugins.Satisfaction.Tests.Harness;

namespace Appraisal.Plugins.Satisfaction.Tests;

/// <summary>The templates: scales of DOMAIN §2.1, a reason for every 差评, and the seed JSON kept equal to the code.</summary>
public sealed class TemplateTests
{
    /// <summary>The host's questionnaire JSON: web defaults, string enums, Chinese left readable.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static TheoryData<string> TemplateKeys => [.. Survey.Templates.Select(t => t.Key)];

    [Fact]
    public void The_default_template_uses_the_national_five_levels_mapped_100_80_60_30_0_and_dont_know()
    {
        var scale = Survey.Templates[0].Questionnaire.Scales.Single();

        Assert.Equal("government-service", Survey.Templates[0].Key);
        Assert.Equal(["非常满意", "满意", "基本满意", "不满意", "非常不满意", "不了解"], scale.Options.Select(o => o.Label.ZhCn));
        Assert.Equal([100m, 80m, 60m, 30m, 0m, null], scale.Options.Select(o => o.Value));
        Assert.Equal(["very-satisfied", "satisfied", "basically-satisfied"], scale.Options.Where(o => o.CountsAsSatisfied).Select(o => o.Key));
        Assert.Equal(["dissatisfied", "very-dissatisfied"], scale.Options.Where(o => o.AsksReason).Select(o => o.Key));
        Assert.Equal(["unknown"], scale.Options.Where(o => o.IsAbstain).Select(o => o.Key));
    }

    [Fact]
    public void The_government_service_template_asks_the_domain_items()
    {
        var items = Template("government-service").Items;

        Assert.Equal(["整体满意度", "服务态度", "办事效率", "办事便利", "公开透明", "廉洁"],
            items.Where(i => i.Kind == ItemKind.Choice).Select(i => i.Text.ZhCn));
        Assert.Equal(0m, items.Single(i => i.Key == "overall").Weight);
        Assert.False(items.Single(i => i.Key == "suggestions").Required);
    }

    [Fact]
    public void The_three_level_template_follows_the_county_scale()
    {
        var scale = Template("work-style").Scales.Single();

        Assert.Equal([("满意", 100m), ("基本满意", 70m), ("不满意", 30m)],
            scale.Options.Where(o => !o.IsAbstain).Select(o => (o.Label.ZhCn, o.Value!.Value)));
        Assert.Equal("不了解", scale.Options.Single(o => o.IsAbstain).Label.ZhCn);
    }

    [Theory]
    [MemberData(nameof(TemplateKeys))]
    public void Every_choice_item_is_followed_by_its_reason_shown_for_the_options_that_ask_one(string key)
    {
        var questionnaire = Template(key);

        foreach (var item in questionnaire.Items.Where(i => i.Kind == ItemKind.Choice))
        {
            var reason = questionnaire.Items[questionnaire.Items.ToList().IndexOf(item) + 1];
            var scale = questionnaire.FindScale(item.ScaleKey)!;
            Assert.Equal((ItemKind.Text, item.Scope, true), (reason.Kind, reason.Scope, reason.Required));
            Assert.Equal(item.Key, reason.ShowWhen!.ItemKey);
            Assert.Equal(scale.Options.Where(o => o.AsksReason).Select(o => o.Key), reason.ShowWhen.OptionKeys);
        }
    }

    [Theory]
    [MemberData(nameof(TemplateKeys))]
    public void The_seed_json_equals_the_code_template(string key)
    {
        var template = Survey.Templates.Single(t => t.Key == key);
        var path = Path.Combine(RepositoryFiles.SeedFolder, key + ".json");
        var expected = JsonSerializer.SerializeToNode(template, Json)!;
        // Regenerate with APPRAISAL_WRITE_SEEDS=1 after changing a template on purpose.
        if (Environment.GetEnvironmentVariable("APPRAISAL_WRITE_SEEDS") == "1")
        {
            File.WriteAllText(path, expected.ToJsonString(Json) + "\n");
        }

        var actual = JsonNode.Parse(File.ReadAllText(path));
        Assert.True(JsonNode.DeepEquals(expected, actual), $"{path} differs from the template {key}:\n{expected.ToJsonString(Json)}");
        var roundTrip = JsonSerializer.Deserialize<QuestionnaireTemplate>(File.ReadAllText(path), Json)!;
        Assert.True(JsonNode.DeepEquals(expected, JsonSerializer.SerializeToNode(roundTrip, Json)));
    }

    [Fact]
    public void Every_seed_file_is_a_template()
    {
        Assert.Equal(
            Survey.Templates.Select(t => t.Key + ".json").Order(StringComparer.Ordinal),
            Directory.GetFiles(RepositoryFiles.SeedFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_manifest_is_version_1_2_0_needs_contract_1_1_and_documents_every_setting()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.Manifest));
        var root = manifest.RootElement;

        Assert.Equal("1.2.0", root.GetProperty("version").GetString());
        Assert.Equal(">=1.1.0 <2.0.0", root.GetProperty("contract").GetString()); // it sets the 1.1 follow-ups
        var help = root.GetProperty("settingsHelp").EnumerateObject().Select(p => p.Name).ToHashSet();
        var keys = typeof(Settings.SatisfactionSettings)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral && f.Name.EndsWith("Key", StringComparison.Ordinal))
            .Select(f => (string)f.GetRawConstantValue()!);
        Assert.All(keys, k => Assert.Contains(k, help));
        Assert.Contains("mapping.<option>", help);
    }
}

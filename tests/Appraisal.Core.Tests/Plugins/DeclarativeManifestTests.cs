using System.Text.Json.Nodes;
using Appraisal.Core.Declarative;
using Appraisal.Core.Plugins;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>The declarative part of <c>plugin.json</c>: read strictly, every problem naming its field.</summary>
public sealed class DeclarativeManifestTests
{
    private static string Bundled => File.ReadAllText(Path.Combine(DeclarativeFolders.Performance, "plugin.json"));

    private static string Edited(Action<JsonNode> edit)
    {
        var manifest = JsonNode.Parse(Bundled)!;
        edit(manifest);
        return manifest.ToJsonString();
    }

    private static IReadOnlyList<string> Problems(Action<JsonNode> edit) =>
        Assert.Throws<PluginManifestException>(() => PluginManifest.Parse(Edited(edit))).Problems;

    [Fact]
    public void The_bundled_declarative_manifest_is_read_with_its_types()
    {
        var manifest = PluginManifest.Parse(Bundled);

        Assert.True(manifest.IsDeclarative);
        Assert.Null(manifest.EntryAssembly);
        Assert.Equal(["performance"], manifest.AppraisalTypes);
        var type = Assert.Single(manifest.DeclaredTypes);
        Assert.Equal("绩效考评", type.Name.ZhCn);
        Assert.Equal("Performance appraisal", type.Name.En);
        Assert.Equal(DeclarativeFolders.Questionnaire, type.Templates.Single().File);
        Assert.Equal("balanced-peer", type.Distribution.Strategy);
        Assert.Equal("8", type.Distribution.Options["subjectsPerRater"]);
        Assert.Equal(AggregationStrategies.WeightedScore, type.Aggregation.Name);
        Assert.Equal("self:0.1, peer:0.3, subordinate:0.2, superior:0.4", type.Aggregation.Settings["groupWeights"]);
        Assert.Equal("2", type.Aggregation.Settings["decimals"]);
        Assert.Equal("types[0].aggregation", type.Aggregation.Field);
        var rule = Assert.Single(type.Rules);
        Assert.Equal((BallotRuleNames.NotUniform, "3", "types[0].rules[0]"), (rule.Name, rule.Settings["minSubjects"], rule.Field));
    }

    [Fact]
    public void A_compiled_manifest_is_still_compiled_by_default() =>
        Assert.False(PluginManifest.Parse("""
            { "id": "a", "name": "A", "version": "1.0.0", "contract": ">=1.0.0", "entryAssembly": "A.dll", "appraisalTypes": ["a"] }
            """).IsDeclarative);

    [Fact]
    public void A_declarative_manifest_without_types_names_the_field() =>
        Assert.Equal(["plugin.json: \"types\" is required for a declarative plugin (a list of appraisal types)"],
            Problems(m => m.AsObject().Remove("types")));

    [Fact]
    public void Compiled_fields_are_refused_in_a_declarative_manifest()
    {
        var problems = Problems(m =>
        {
            m["entryAssembly"] = "A.dll";
            m["appraisalTypes"] = new JsonArray("performance");
            m["settings"] = new JsonObject { ["x"] = 1 };
        });

        Assert.Equal(
            [
                "plugin.json: \"entryAssembly\" must not be given with \"kind\": \"declarative\": a declarative plugin has no assembly",
                "plugin.json: \"appraisalTypes\" must not be given with \"kind\": \"declarative\": the keys come from \"types\"",
                "plugin.json: \"settings\" must not be given with \"kind\": \"declarative\": settings go in \"types[].aggregation.settings\"",
            ],
            problems);
    }

    [Fact]
    public void Types_without_the_declarative_kind_are_refused()
    {
        var problems = Problems(m =>
        {
            m.AsObject().Remove("kind");
            m["entryAssembly"] = "A.dll";
            m["appraisalTypes"] = new JsonArray("performance");
        });

        Assert.Equal(["plugin.json: \"types\" is only read from declarative plugins: add \"kind\": \"declarative\" (and remove " +
            "\"entryAssembly\" and \"appraisalTypes\"), or remove \"types\""], problems);
    }

    [Fact]
    public void An_unknown_kind_is_refused() =>
        Assert.Contains("plugin.json: \"kind\" must be \"compiled\" (an assembly, the default) or \"declarative\"", 
            Problems(m => m["kind"] = "script").Single());

    public static TheoryData<string, string> BadTypes => new()
    {
        { "key=Bad Key", "plugin.json: \"types[0].key\" must be lower-case letters, digits and dashes, such as performance, got \"Bad Key\"" },
        { "colour=red", "plugin.json: \"types[0].colour\" is not a known field (known: key, name, description, templates, distribution, aggregation, rules)" },
        { "name.en=-", "plugin.json: \"types[0].name.en\" is required" },
        { "templates.file=../outside.json", "plugin.json: \"types[0].templates[0].file\" must be the path of a .json file inside the plugin folder" },
        { "templates.file=questionnaires\\a.json", "\"types[0].templates[0].file\" must be the path of a .json file" },
        { "templates.file=form.xml", "got \"form.xml\"" },
        { "templates=[]", "plugin.json: \"types[0].templates\" must be a list of 1 to 20 templates" },
        { "aggregation.strategy=-", "plugin.json: \"types[0].aggregation.strategy\" is required" },
        { "aggregation.settings.tiers={}", "plugin.json: \"types[0].aggregation.settings.tiers\" must be a string, number or boolean, got an object" },
        { "aggregation.extra=1", "plugin.json: \"types[0].aggregation.extra\" is not a known field (known: strategy, settings)" },
        { "distribution=-", "plugin.json: \"types[0].distribution\" is required (an object with \"strategy\" and optional \"options\")" },
        { "rules=5", "plugin.json: \"types[0].rules\" must be a list of at most 20 rules" },
        { "rules.rule=-", "plugin.json: \"types[0].rules[0].rule\" is required" },
        { "twice", "plugin.json: \"types[1].key\" \"performance\" is used by an earlier type; keys must be distinct" },
    };

    [Theory]
    [MemberData(nameof(BadTypes))]
    public void Each_bad_field_of_a_type_is_named(string edit, string expected)
    {
        var problems = Problems(m =>
        {
            var type = DeclarativeFolders.Type(m).AsObject();
            switch (edit)
            {
                case "key=Bad Key": type["key"] = "Bad Key"; break;
                case "colour=red": type["colour"] = "red"; break;
                case "name.en=-": type["name"]!.AsObject().Remove("en"); break;
                case "templates=[]": type["templates"] = new JsonArray(); break;
                case "aggregation.strategy=-": type["aggregation"]!.AsObject().Remove("strategy"); break;
                case "aggregation.settings.tiers={}": type["aggregation"]!["settings"]!["tiers"] = new JsonObject(); break;
                case "aggregation.extra=1": type["aggregation"]!["extra"] = 1; break;
                case "distribution=-": type.Remove("distribution"); break;
                case "rules=5": type["rules"] = 5; break;
                case "rules.rule=-": type["rules"]![0]!.AsObject().Remove("rule"); break;
                case "twice": m["types"]!.AsArray().Add(JsonNode.Parse(type.ToJsonString())); break;
                default:
                    var file = edit["templates.file=".Length..];
                    type["templates"]![0]!["file"] = file;
                    break;
            }
        });

        Assert.Contains(problems, p => p.StartsWith(expected, StringComparison.Ordinal) || p.Contains(expected, StringComparison.Ordinal));
    }
}

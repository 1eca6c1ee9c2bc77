using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Appraisal.PluginApi.Questionnaires;
using static Appraisal.Plugins.PeopleSatisfiedAgency.Tests.Fixture;

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Tests;

/// <summary>
/// The templates under <c>seeds/people-satisfied-agency/</c> are the code's templates, serialised with the web
/// defaults and enums as strings, and <c>plugin.json</c> documents the code's defaults. Set
/// <c>APPRAISAL_WRITE_SEEDS=1</c> to rewrite the seed files after changing a template on purpose.
/// </summary>
public sealed class SeedTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly string Root = FindRoot();

    private static string SeedFolder => Path.Combine(Root, "seeds", "people-satisfied-agency");

    public static TheoryData<string> TemplateKeys => [.. AgencyType.Templates.Select(t => t.Key)];

    [Theory]
    [MemberData(nameof(TemplateKeys))]
    public void The_seed_file_equals_the_code_template(string key)
    {
        var template = AgencyType.Templates.Single(t => t.Key == key);
        var expected = JsonSerializer.SerializeToNode(template, Web)!;
        var path = Path.Combine(SeedFolder, $"{key}.json");
        if (Environment.GetEnvironmentVariable("APPRAISAL_WRITE_SEEDS") == "1")
        {
            Directory.CreateDirectory(SeedFolder);
            var readable = new JsonSerializerOptions(Web) { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            File.WriteAllText(path, expected.ToJsonString(readable).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
        }

        var actual = JsonNode.Parse(File.ReadAllText(path));

        Assert.True(JsonNode.DeepEquals(expected, actual), $"{path} differs from the template \"{key}\".");
        var roundTrip = JsonSerializer.Deserialize<QuestionnaireTemplate>(File.ReadAllText(path), Web)!;
        Assert.Equal(template.Questionnaire.Items.Select(i => i.Key), roundTrip.Questionnaire.Items.Select(i => i.Key));
    }

    [Fact]
    public void The_seed_folder_holds_nothing_but_the_templates()
    {
        Assert.Equal(AgencyType.Templates.Select(t => $"{t.Key}.json").Order(),
            Directory.EnumerateFiles(SeedFolder).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Plugin_json_states_the_defaults_of_the_code()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Root, "plugins", "PeopleSatisfiedAgency", "plugin.json")),
            documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var settings = manifest["settings"]!.AsObject().ToDictionary(
            p => p.Key, p => p.Value!.GetValueKind() == JsonValueKind.String ? p.Value.GetValue<string>() : p.Value.ToJsonString());
        var configured = TypeWith(settings);

        Assert.Equal("1.2.0", manifest["version"]!.GetValue<string>());
        Assert.Equal(JsonSerializer.Serialize(AgencyType.Templates, Web), JsonSerializer.Serialize(configured.Templates, Web));
        var sheets = Enumerable.Repeat(Sheet("service", "tax", "SF"), 3);
        var (_, byDefault) = Run([Agency("tax")], [Group("service", 1m)], sheets);
        var (_, byManifest) = Run([Agency("tax")], [Group("service", 1m)], sheets, type: configured);
        Assert.Equal(JsonSerializer.Serialize(byDefault), JsonSerializer.Serialize(byManifest));
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Appraisal.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Appraisal.sln not found above the test binaries.");
    }
}

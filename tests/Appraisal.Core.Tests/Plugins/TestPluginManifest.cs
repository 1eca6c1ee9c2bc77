using System.Text.Json;
using System.Text.Json.Nodes;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>
/// A fixture plugin manifest: identity, contract range and the settings that drive its behaviour. The declared
/// appraisal types follow the type key(s) unless <paramref name="DeclaredTypes"/> says otherwise.
/// </summary>
internal sealed record TestPluginManifest(
    string Id = "test.plugin",
    string Version = "1.0.0",
    string TypeKey = "test-type",
    string Contract = ">=1.0.0 <2.0.0",
    IReadOnlyDictionary<string, string>? Settings = null,
    IReadOnlyList<string>? DeclaredTypes = null)
{
    public string ToJson()
    {
        var settings = new JsonObject { ["typeKey"] = TypeKey };
        foreach (var (key, value) in Settings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        var declared = DeclaredTypes
            ?? settings["typeKeys"]?.GetValue<string>().Split(',').Select(k => k.Trim()).ToArray()
            ?? [TypeKey];
        var manifest = new JsonObject
        {
            ["id"] = Id,
            ["name"] = $"Test plugin {Id}",
            ["version"] = Version,
            ["contract"] = Contract,
            ["entryAssembly"] = PluginFolders.FixtureEntry,
            ["appraisalTypes"] = new JsonArray([.. declared.Select(k => (JsonNode?)JsonValue.Create(k))]),
            ["description"] = "Written by a test.",
            ["settings"] = settings,
        };
        return manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}

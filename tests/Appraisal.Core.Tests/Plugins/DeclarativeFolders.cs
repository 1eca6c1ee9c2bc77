using System.Text.Json;
using System.Text.Json.Nodes;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>Declarative plugin folders for tests, made from the bundled 绩效考评 plugin copied into the test output.</summary>
internal static class DeclarativeFolders
{
    public const string Questionnaire = "questionnaires/de-neng-qin-ji-lian.json";

    public static string Performance { get; } = Path.Combine(PluginFolders.Bundled, "performance");

    /// <summary>
    /// Copies the bundled plugin into <paramref name="folder"/>, then lets <paramref name="edit"/> change its manifest
    /// before it is written (last, as a copy tool would leave it).
    /// </summary>
    public static string Write(string folder, Action<JsonNode>? edit = null, string? version = null)
    {
        foreach (var file in Directory.GetFiles(Performance, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Performance, file);
            if (relative == "plugin.json")
            {
                continue;
            }

            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Performance, "plugin.json")))!;
        if (version is not null)
        {
            manifest["version"] = version;
        }

        edit?.Invoke(manifest);
        File.WriteAllText(Path.Combine(folder, "plugin.json"), manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        return folder;
    }

    /// <summary>The first declared type of a manifest, for edits.</summary>
    public static JsonNode Type(JsonNode manifest) => manifest["types"]![0]!;

    public static void EditQuestionnaire(string folder, Func<string, string> edit)
    {
        var path = Path.Combine(folder, Questionnaire);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
    }
}

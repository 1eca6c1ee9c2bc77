using System.Text.Json;
using Appraisal.Core.Plugins;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Distribution;

namespace Appraisal.Core.Declarative;

/// <summary>
/// Reads the <c>types</c> of a declarative <c>plugin.json</c>, strictly: unknown fields are refused (a typo must
/// not silently fall back to a default) and every problem names its field, e.g. <c>"types[0].templates[1].file"</c>.
/// </summary>
internal static class DeclarativeManifestParser
{
    /// <summary>More types than this in one plugin is a mistake, not a plugin.</summary>
    private const int MaxTypes = 20;
    private const int MaxTemplates = 20;
    private const int MaxRules = 20;

    private static readonly string[] TypeFields = ["key", "name", "description", "templates", "distribution", "aggregation", "rules"];
    private static readonly string[] TemplateFields = ["key", "name", "file"];
    private static readonly string[] TextFields = ["zhCn", "en"];

    public static IReadOnlyList<DeclarativeTypeManifest>? ReadTypes(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("types", out var element))
        {
            problems.Add("\"types\" is required for a declarative plugin (a list of appraisal types)");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() is 0 or > MaxTypes)
        {
            problems.Add($"\"types\" must be a list of 1 to {MaxTypes} appraisal types, got {PluginManifestParser.Describe(element)}");
            return null;
        }

        var before = problems.Count;
        var types = new List<DeclarativeTypeManifest>();
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            if (ReadType(item, $"types[{index++}]", problems) is { } type)
            {
                if (types.Any(t => t.Key == type.Key))
                {
                    problems.Add($"\"types[{index - 1}].key\" \"{type.Key}\" is used by an earlier type; keys must be distinct");
                }

                types.Add(type);
            }
        }

        return problems.Count == before ? types : null;
    }

    private static DeclarativeTypeManifest? ReadType(JsonElement element, string field, List<string> problems)
    {
        if (!IsStrictObject(element, field, TypeFields, problems))
        {
            return null;
        }

        var before = problems.Count;
        var key = ReadKey(element, field, problems);
        var name = ReadText(element, field, "name", problems);
        var description = ReadText(element, field, "description", problems);
        var templates = ReadTemplates(element, field, problems);
        var distribution = ReadStrategy(element, field, "distribution", "options", problems);
        var aggregation = ReadStrategy(element, field, "aggregation", "settings", problems);
        var rules = ReadRules(element, field, problems);
        if (problems.Count > before)
        {
            return null;
        }

        return new DeclarativeTypeManifest(key!, name!, description!, templates!,
            new DistributionPlan(distribution!.Name, distribution.Settings), aggregation!, rules);
    }

    private static string? ReadKey(JsonElement element, string field, List<string> problems)
    {
        var key = ReadRequiredString(element, field, "key", problems);
        if (key is not null && !PluginManifestParser.TypeKeyPattern().IsMatch(key))
        {
            problems.Add($"\"{field}.key\" must be lower-case letters, digits and dashes, such as performance, got \"{key}\"");
            return null;
        }

        return key;
    }

    private static LocalizedText? ReadText(JsonElement element, string field, string name, List<string> problems)
    {
        var path = $"{field}.{name}";
        if (!element.TryGetProperty(name, out var text))
        {
            problems.Add($"\"{path}\" is required (an object with \"zhCn\" and \"en\")");
            return null;
        }

        if (!IsStrictObject(text, path, TextFields, problems))
        {
            return null;
        }

        var zh = ReadRequiredString(text, path, "zhCn", problems);
        var en = ReadRequiredString(text, path, "en", problems);
        return zh is null || en is null ? null : new LocalizedText(zh, en);
    }

    private static List<DeclarativeTemplateManifest>? ReadTemplates(JsonElement element, string field, List<string> problems)
    {
        var path = $"{field}.templates";
        if (!element.TryGetProperty("templates", out var list) || list.ValueKind != JsonValueKind.Array
            || list.GetArrayLength() is 0 or > MaxTemplates)
        {
            problems.Add($"\"{path}\" must be a list of 1 to {MaxTemplates} templates ({{ \"key\", \"name\", \"file\" }}), got " +
                (list.ValueKind == JsonValueKind.Undefined ? "nothing" : PluginManifestParser.Describe(list)));
            return null;
        }

        var before = problems.Count;
        var templates = new List<DeclarativeTemplateManifest>();
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (!IsStrictObject(item, itemPath, TemplateFields, problems))
            {
                continue;
            }

            var key = ReadKey(item, itemPath, problems);
            var name = ReadText(item, itemPath, "name", problems);
            var file = ReadFile(item, itemPath, problems);
            if (key is not null && templates.Any(t => t.Key == key))
            {
                problems.Add($"\"{itemPath}.key\" \"{key}\" is used by an earlier template of this type");
            }
            else if (key is not null && name is not null && file is not null)
            {
                templates.Add(new DeclarativeTemplateManifest(key, name, file));
            }
        }

        return problems.Count == before ? templates : null;
    }

    private static string? ReadFile(JsonElement element, string field, List<string> problems)
    {
        var file = ReadRequiredString(element, field, "file", problems);
        if (file is null)
        {
            return null;
        }

        // Inside the plugin folder only: the folder is what gets staged, hashed and replaced as one.
        var segments = file.Split('/');
        if (file.Contains('\\', StringComparison.Ordinal) || Path.IsPathRooted(file)
            || segments.Any(s => s is "" or "." or "..") || !file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"\"{field}.file\" must be the path of a .json file inside the plugin folder, with forward slashes " +
                $"and no \"..\", such as questionnaires/main.json, got \"{file}\"");
            return null;
        }

        return file;
    }

    private static DeclarativeStrategyManifest? ReadStrategy(
        JsonElement element, string field, string name, string settingsName, List<string> problems)
    {
        var path = $"{field}.{name}";
        if (!element.TryGetProperty(name, out var strategy))
        {
            problems.Add($"\"{path}\" is required (an object with \"strategy\" and optional \"{settingsName}\")");
            return null;
        }

        if (!IsStrictObject(strategy, path, ["strategy", settingsName], problems))
        {
            return null;
        }

        var before = problems.Count;
        var strategyName = ReadRequiredString(strategy, path, "strategy", problems);
        var settings = ReadScalars(strategy, path, settingsName, problems);
        return problems.Count > before ? null : new DeclarativeStrategyManifest(strategyName!, settings, path);
    }

    private static List<DeclarativeStrategyManifest> ReadRules(JsonElement element, string field, List<string> problems)
    {
        var rules = new List<DeclarativeStrategyManifest>();
        var path = $"{field}.rules";
        if (!element.TryGetProperty("rules", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return rules;
        }

        if (list.ValueKind != JsonValueKind.Array || list.GetArrayLength() > MaxRules)
        {
            problems.Add($"\"{path}\" must be a list of at most {MaxRules} rules ({{ \"rule\": name, …parameters }}), got {PluginManifestParser.Describe(list)}");
            return rules;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var itemPath = $"{path}[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"\"{itemPath}\" must be an object such as {{ \"rule\": \"{BallotRuleNames.NotUniform}\" }}, got {PluginManifestParser.Describe(item)}");
                continue;
            }

            var rule = ReadRequiredString(item, itemPath, "rule", problems);
            var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in item.EnumerateObject().Where(p => p.Name != "rule"))
            {
                if (Scalar(property.Value) is { } value)
                {
                    parameters[property.Name] = value;
                }
                else
                {
                    problems.Add($"\"{itemPath}.{property.Name}\" must be a string, number or boolean, got {PluginManifestParser.Describe(property.Value)}");
                }
            }

            if (rule is not null)
            {
                rules.Add(new DeclarativeStrategyManifest(rule, parameters, itemPath));
            }
        }

        return rules;
    }

    private static Dictionary<string, string> ReadScalars(JsonElement element, string field, string name, List<string> problems)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!element.TryGetProperty(name, out var map) || map.ValueKind == JsonValueKind.Null)
        {
            return values;
        }

        if (map.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"\"{field}.{name}\" must be an object of string, number or boolean values, got {PluginManifestParser.Describe(map)}");
            return values;
        }

        foreach (var property in map.EnumerateObject())
        {
            if (Scalar(property.Value) is { } value)
            {
                values[property.Name] = value;
            }
            else
            {
                problems.Add($"\"{field}.{name}.{property.Name}\" must be a string, number or boolean, got {PluginManifestParser.Describe(property.Value)}");
            }
        }

        return values;
    }

    private static string? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => null,
    };

    private static string? ReadRequiredString(JsonElement element, string field, string name, List<string> problems)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            problems.Add($"\"{field}.{name}\" is required");
            return null;
        }

        if (value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
        {
            problems.Add($"\"{field}.{name}\" must be a non-empty string, got {PluginManifestParser.Describe(value)}");
            return null;
        }

        return value.GetString();
    }

    /// <summary>True when <paramref name="element"/> is an object holding only <paramref name="known"/> fields; names each stranger.</summary>
    private static bool IsStrictObject(JsonElement element, string field, IReadOnlyList<string> known, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"\"{field}\" must be an object, got {PluginManifestParser.Describe(element)}");
            return false;
        }

        var ok = true;
        foreach (var property in element.EnumerateObject().Where(p => !known.Contains(p.Name)))
        {
            problems.Add($"\"{field}.{property.Name}\" is not a known field (known: {string.Join(", ", known)})");
            ok = false;
        }

        return ok;
    }
}

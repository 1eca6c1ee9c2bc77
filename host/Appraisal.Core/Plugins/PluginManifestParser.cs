using System.Text.Json;
using System.Text.RegularExpressions;
using Appraisal.Core.Declarative;

namespace Appraisal.Core.Plugins;

/// <summary>
/// Reads <c>plugin.json</c> with <see cref="JsonDocument"/> field by field. No reflection serializer: the
/// manifest is host data, and every problem must name its field in words an admin can act on.
/// </summary>
internal static partial class PluginManifestParser
{
    private const int MaxIdLength = 100;
    private const string CompiledKind = "compiled";

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        AllowDuplicateProperties = false,
    };

    public static PluginManifest Parse(string json, string fileName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw new PluginManifestException(fileName, [DescribeSyntaxError(ex)]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new PluginManifestException(fileName, [$"must hold a JSON object, got {Describe(root.ValueKind)}"]);
            }

            var problems = new List<string>();
            var id = ReadId(root, problems);
            var name = ReadString(root, "name", required: true, problems);
            var version = ReadVersion(root, problems);
            var contract = ReadContract(root, problems);
            var kind = ReadKind(root, problems);
            string? entryAssembly = null;
            IReadOnlyList<string>? appraisalTypes = null;
            IReadOnlyList<DeclarativeTypeManifest>? declared = null;
            if (kind == PluginManifest.DeclarativeKind)
            {
                // The types themselves say what a declarative plugin serves; the compiled plugin's fields would
                // only be a second, contradicting place for the same facts.
                RejectForDeclarative(root, "entryAssembly", "a declarative plugin has no assembly", problems);
                RejectForDeclarative(root, "appraisalTypes", "the keys come from \"types\"", problems);
                RejectForDeclarative(root, "settings", "settings go in \"types[].aggregation.settings\"", problems);
                declared = DeclarativeManifestParser.ReadTypes(root, problems);
                appraisalTypes = declared?.Select(t => t.Key).ToArray();
            }
            else if (kind is not null)
            {
                entryAssembly = ReadEntryAssembly(root, problems);
                appraisalTypes = ReadAppraisalTypes(root, problems);
                if (root.TryGetProperty("types", out _))
                {
                    problems.Add("\"types\" is only read from declarative plugins: add \"kind\": \"declarative\" (and remove " +
                        "\"entryAssembly\" and \"appraisalTypes\"), or remove \"types\"");
                }
            }

            var description = ReadString(root, "description", required: false, problems) ?? "";
            var settings = ReadSettings(root, problems);
            if (problems.Count > 0)
            {
                throw new PluginManifestException(fileName, problems);
            }

            return new PluginManifest(id!, name!, version!, contract!, entryAssembly, appraisalTypes!, description, settings, declared);
        }
    }

    /// <summary><c>compiled</c> (the default) or <c>declarative</c>; null when the field is wrong.</summary>
    private static string? ReadKind(JsonElement root, List<string> problems)
    {
        var kind = ReadString(root, "kind", required: false, problems);
        if (kind is null)
        {
            return root.TryGetProperty("kind", out var given) && given.ValueKind != JsonValueKind.Null ? null : CompiledKind;
        }

        if (kind is CompiledKind or PluginManifest.DeclarativeKind)
        {
            return kind;
        }

        problems.Add($"\"kind\" must be \"{CompiledKind}\" (an assembly, the default) or \"{PluginManifest.DeclarativeKind}\" " +
            $"(types built from questionnaire files and built-in strategies), got \"{kind}\"");
        return null;
    }

    private static void RejectForDeclarative(JsonElement root, string field, string why, List<string> problems)
    {
        if (root.TryGetProperty(field, out _))
        {
            problems.Add($"\"{field}\" must not be given with \"kind\": \"{PluginManifest.DeclarativeKind}\": {why}");
        }
    }

    private static string DescribeSyntaxError(JsonException ex)
    {
        // The reader appends " LineNumber: n | BytePositionInLine: m." (both zero-based); say it once, one-based.
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        return $"invalid JSON at line {(ex.LineNumber ?? 0) + 1}, position {(ex.BytePositionInLine ?? 0) + 1}: {message}";
    }

    private static string? ReadId(JsonElement root, List<string> problems)
    {
        var id = ReadString(root, "id", required: true, problems);
        if (id is not null && (id.Length > MaxIdLength || !IdPattern().IsMatch(id)))
        {
            problems.Add($"\"id\" must be lower-case letters, digits, dots and dashes, starting with a letter or digit " +
                $"(at most {MaxIdLength} characters), such as appraisal.satisfaction, got \"{id}\"");
            return null;
        }

        return id;
    }

    private static SemanticVersion? ReadVersion(JsonElement root, List<string> problems)
    {
        var text = ReadString(root, "version", required: true, problems);
        if (text is null)
        {
            return null;
        }

        if (SemanticVersion.TryParse(text, out var version))
        {
            return version;
        }

        problems.Add($"\"version\" must be a SemVer such as 1.2.0, got \"{text}\"");
        return null;
    }

    private static VersionRange? ReadContract(JsonElement root, List<string> problems)
    {
        var text = ReadString(root, "contract", required: true, problems);
        if (text is null)
        {
            return null;
        }

        if (VersionRange.TryParse(text, out var range, out var error))
        {
            return range;
        }

        problems.Add($"\"contract\" must be a version range such as \">=1.0.0 <2.0.0\", got \"{text}\": {error}");
        return null;
    }

    private static string? ReadEntryAssembly(JsonElement root, List<string> problems)
    {
        var file = ReadString(root, "entryAssembly", required: true, problems);
        if (file is null)
        {
            return null;
        }

        // A bare file name: the entry assembly lives in the plugin folder, never elsewhere on disk.
        if (file != Path.GetFileName(file) || file.Contains('\\', StringComparison.Ordinal) || file is "." or ".."
            || !file.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"\"entryAssembly\" must be the file name of a .dll in the plugin folder, such as MyPlugin.dll, got \"{file}\"");
            return null;
        }

        return file;
    }

    private static string[]? ReadAppraisalTypes(JsonElement root, List<string> problems)
    {
        if (!root.TryGetProperty("appraisalTypes", out var element))
        {
            problems.Add("\"appraisalTypes\" is required (a list of appraisal type keys)");
            return null;
        }

        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            problems.Add($"\"appraisalTypes\" must be a non-empty list of keys such as [\"satisfaction\"], got {Describe(element)}");
            return null;
        }

        var keys = new List<string>();
        foreach (var item in element.EnumerateArray())
        {
            var key = item.ValueKind == JsonValueKind.String ? item.GetString()! : null;
            if (key is null || !TypeKeyPattern().IsMatch(key))
            {
                problems.Add($"\"appraisalTypes\" entries must be keys of lower-case letters, digits and dashes, got {Describe(item)}");
                return null;
            }

            if (keys.Contains(key))
            {
                problems.Add($"\"appraisalTypes\" lists \"{key}\" twice");
                return null;
            }

            keys.Add(key);
        }

        return [.. keys];
    }

    private static Dictionary<string, string> ReadSettings(JsonElement root, List<string> problems)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!root.TryGetProperty("settings", out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return settings;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"\"settings\" must be an object of string, number or boolean values, got {Describe(element)}");
            return settings;
        }

        foreach (var property in element.EnumerateObject())
        {
            string? value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True => "true",
                JsonValueKind.False => "false",
                _ => null,
            };
            if (value is null)
            {
                problems.Add($"\"settings.{property.Name}\" must be a string, number or boolean, got {Describe(property.Value)}");
                continue;
            }

            settings[property.Name] = value;
        }

        return settings;
    }

    internal static string? ReadString(JsonElement root, string field, bool required, List<string> problems)
    {
        if (!root.TryGetProperty(field, out var element) || (!required && element.ValueKind == JsonValueKind.Null))
        {
            if (required)
            {
                problems.Add($"\"{field}\" is required");
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            problems.Add($"\"{field}\" must be a string, got {Describe(element)}");
            return null;
        }

        var value = element.GetString()!;
        if (required && string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"\"{field}\" must not be empty");
            return null;
        }

        return value;
    }

    internal static string Describe(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? $"\"{element.GetString()}\"" : Describe(element.ValueKind);

    internal static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex IdPattern();

    /// <summary>Appraisal type keys: <c>[a-z0-9][a-z0-9-]*</c>.</summary>
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    internal static partial Regex TypeKeyPattern();
}

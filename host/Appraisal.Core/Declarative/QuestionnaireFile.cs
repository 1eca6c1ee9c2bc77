using System.Text.Json;
using System.Text.Json.Serialization;
using Appraisal.Core.Campaigns;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Declarative;

/// <summary>
/// Reads a declarative plugin's questionnaire file: the JSON System.Text.Json writes for <see cref="Questionnaire"/>
/// with web defaults and string enums (what the campaign tables store), read strictly — unknown fields, missing
/// required fields, nulls where none belong and numeric enums are refused — then checked as a campaign would check
/// it, so a template that loads is a template a campaign can start from. Every problem starts with the file name.
/// </summary>
internal static class QuestionnaireFile
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <param name="folder">The staged plugin folder.</param>
    /// <param name="file">The path relative to it, as the manifest gives it.</param>
    /// <param name="field">The manifest field naming the file, for a missing file.</param>
    /// <param name="report">Receives each problem.</param>
    public static Questionnaire? Read(string folder, string file, string field, Action<string> report)
    {
        var path = Path.Combine(folder, file);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            report($"{file}: is not in the plugin folder (named in {PluginManifestFileField(field)})");
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            report($"{file}: cannot be read ({ex.Message})");
            return null;
        }

        Questionnaire? questionnaire;
        try
        {
            questionnaire = JsonSerializer.Deserialize<Questionnaire>(json, Options);
        }
        catch (JsonException ex)
        {
            report($"{file}: invalid questionnaire at \"{ex.Path ?? "$"}\" (line {(ex.LineNumber ?? 0) + 1}, position " +
                $"{(ex.BytePositionInLine ?? 0) + 1}): {WithoutPosition(ex.Message)}");
            return null;
        }

        if (questionnaire is null)
        {
            report($"{file}: must hold a questionnaire object ({{ \"scales\": [...], \"items\": [...] }}), got null");
            return null;
        }

        var before = Problems(questionnaire, file, report);
        if (before == 0 && QuestionnaireCheck.FindProblem(questionnaire) is { } problem)
        {
            var at = problem.Field is { } f ? $"\"{f.Replace("questionnaire.", "", StringComparison.Ordinal)}\": " : "";
            report($"{file}: {at}{problem.Text.En}");
            return null;
        }

        return before == 0 ? questionnaire : null;
    }

    /// <summary>The problems a campaign's check would report less precisely, named by field; returns how many.</summary>
    private static int Problems(Questionnaire questionnaire, string file, Action<string> report)
    {
        var count = 0;
        void Add(string message)
        {
            report($"{file}: {message}");
            count++;
        }

        var scales = questionnaire.Scales.Select(s => s.Key).ToArray();
        for (var i = 0; i < questionnaire.Items.Count; i++)
        {
            var item = questionnaire.Items[i];
            if (item.Kind == ItemKind.Text)
            {
                continue;
            }

            if (item.ScaleKey is null)
            {
                Add($"\"items[{i}].scaleKey\" is required for the {item.Kind.ToString().ToLowerInvariant()} item \"{item.Key}\"");
            }
            else if (!scales.Contains(item.ScaleKey))
            {
                Add($"\"items[{i}].scaleKey\" is \"{item.ScaleKey}\", which is not a scale of this questionnaire " +
                    $"(\"scales\" defines: {(scales.Length == 0 ? "none" : string.Join(", ", scales))})");
            }
        }

        return count;
    }

    private static string PluginManifestFileField(string field) => $"plugin.json \"{field}\"";

    private static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return cut >= 0 ? message[..cut] : message;
    }
}

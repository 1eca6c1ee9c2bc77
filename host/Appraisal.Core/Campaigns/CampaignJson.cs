using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// The JSON the campaign tables store (questionnaires, settings, attributes). Only PluginApi and BCL types are
/// serialized here: a plugin's own types never reach the host's serializer, whose caches would keep the
/// plugin's load context alive (PLUGINS.md §1.2).
/// </summary>
internal static class CampaignJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // storage, never HTML: keep Chinese readable
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static Questionnaire ReadQuestionnaire(string json) =>
        JsonSerializer.Deserialize<Questionnaire>(json, Options) ?? throw new FormatException("Stored questionnaire is null.");

    public static IReadOnlyDictionary<string, string> ReadMap(string? json) =>
        string.IsNullOrEmpty(json)
            ? new Dictionary<string, string>()
            : JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? [];

    public static IReadOnlyList<string> ReadList(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<string[]>(json, Options) ?? [];
}

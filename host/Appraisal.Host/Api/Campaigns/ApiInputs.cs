using System.Globalization;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Distribution;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Host.Api.Campaigns;

/// <summary>
/// GraphQL input objects (coerced by the engine into dictionaries, lists as arrays) turned into domain records.
/// The engine has already checked types and non-null fields; values are checked by the domain.
/// </summary>
internal static class ApiInputs
{
    public static CampaignDraft Draft(IReadOnlyDictionary<string, object?> input) => new(
        Text(input, "typeKey")!,
        Text(input, "title")!,
        Text(input, "period"),
        Date(input, "opensOn"),
        Date(input, "closesOn"),
        Text(input, "templateKey"),
        Questionnaire: null,
        MinimumCellSize: input.GetValueOrDefault("minimumCellSize") as int?,
        Settings: Settings(input, "settings"));

    public static IReadOnlyList<Subject> Subjects(object?[] list) =>
        [.. Objects(list).Select(s => new Subject(
            Text(s, "id")!, Text(s, "name")!, Text(s, "unitClass"), Settings(s, "attributes") ?? new Dictionary<string, string>()))];

    public static IReadOnlyList<CampaignRaterGroup> Groups(object?[] list) =>
        [.. Objects(list).Select(g => new CampaignRaterGroup(
            new RaterGroup(
                Text(g, "key")!,
                new LocalizedText(Text(g, "nameZhCn")!, Text(g, "nameEn")!),
                Number(g, "weight"),
                Objects(g.GetValueOrDefault("weightsByUnitClass") as object?[])
                    .GroupBy(w => Text(w, "unitClass")!)
                    .ToDictionary(w => w.Key, w => Number(w.Last(), "weight") ?? 0m)),
            g.GetValueOrDefault("plannedSize") as int?))];

    public static IssueRequest Issue(IReadOnlyDictionary<string, object?> input) => new(
        Text(input, "groupKey")!,
        (IssueStrategy)input["strategy"]!,
        input.GetValueOrDefault("count") as int?,
        input.GetValueOrDefault("subjectsPerRater") as int?,
        (input.GetValueOrDefault("raters") as object?[])?.Select(r => (string)r!).ToArray(),
        Text(input, "exclusionAttribute"),
        input.GetValueOrDefault("roster") is object?[] roster
            ? [.. Objects(roster).Select(e => new RosterEntry(Text(e, "id")!, Text(e, "stratum")!))]
            : null,
        input.GetValueOrDefault("sampleSize") as int?,
        input.GetValueOrDefault("fixedPerStratum") is object?[] counts
            ? Objects(counts).GroupBy(c => Text(c, "stratum")!).ToDictionary(c => c.Key, c => (int)c.Last()["count"]!)
            : null);

    public static IReadOnlyList<Answer> Answers(object?[] list) =>
        [.. Objects(list).Select(a => new Answer(
            Text(a, "itemKey")!,
            Text(a, "subjectId"),
            (a.GetValueOrDefault("optionKeys") as object?[])?.Select(o => (string)o!).ToArray() ?? [],
            Text(a, "text")))];

    public static Questionnaire Questionnaire(IReadOnlyDictionary<string, object?> input) => new(
        [.. Objects(input["scales"] as object?[]).Select(s => new Scale(
            Text(s, "key")!,
            new LocalizedText(Text(s, "nameZhCn")!, Text(s, "nameEn")!),
            [.. Objects(s["options"] as object?[]).Select(o => new ScaleOption(
                Text(o, "key")!,
                new LocalizedText(Text(o, "labelZhCn")!, Text(o, "labelEn")!),
                Number(o, "value"),
                o.GetValueOrDefault("countsAsSatisfied") is true,
                o.GetValueOrDefault("isAbstain") is true,
                o.GetValueOrDefault("asksReason") is true))]))],
        [.. Objects(input["items"] as object?[]).Select(i => new QuestionItem(
            Text(i, "key")!,
            new LocalizedText(Text(i, "textZhCn")!, Text(i, "textEn")!),
            (ItemKind)i["kind"]!,
            (ItemScope)i["scope"]!,
            Text(i, "scaleKey"),
            i.GetValueOrDefault("required") is not false,
            Number(i, "weight") ?? 1m,
            i.GetValueOrDefault("showWhen") is IReadOnlyDictionary<string, object?> when
                ? new ItemCondition(Text(when, "itemKey")!, [.. (when["optionKeys"] as object?[] ?? []).Select(k => (string)k!)])
                : null,
            i.GetValueOrDefault("maxLength") as int? ?? 500))]);

    private static IEnumerable<IReadOnlyDictionary<string, object?>> Objects(object?[]? list) =>
        (list ?? []).OfType<IReadOnlyDictionary<string, object?>>();

    private static string? Text(IReadOnlyDictionary<string, object?> input, string key) => input.GetValueOrDefault(key) as string;

    private static decimal? Number(IReadOnlyDictionary<string, object?> input, string key) =>
        input.GetValueOrDefault(key) switch
        {
            double d when Math.Abs(d) < 1e12 => (decimal)d,
            double => throw ApiErrors.Error("INVALID_INPUT", $"{key} 超出范围。", $"{key} is out of range.", key),
            _ => null,
        };

    private static IReadOnlyDictionary<string, string>? Settings(IReadOnlyDictionary<string, object?> input, string key) =>
        input.GetValueOrDefault(key) is object?[] list
            ? Objects(list).GroupBy(s => Text(s, "key")!).ToDictionary(s => s.Key, s => Text(s.Last(), "value")!)
            : null;

    private static DateOnly? Date(IReadOnlyDictionary<string, object?> input, string key)
    {
        var text = Text(input, key);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw ApiErrors.Error("INVALID_INPUT", $"日期 {key} 须为 yyyy-MM-dd 格式。", $"{key} must be a date as yyyy-MM-dd.", key);
    }
}

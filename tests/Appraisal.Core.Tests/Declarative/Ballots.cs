using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Tests.Declarative;

/// <summary>Questionnaires, subjects, groups and sheets for the built-in strategy tests, written compactly.</summary>
internal static class Ballots
{
    /// <summary>A=100, B=80, C=60, D=30, X=abstain (不了解).</summary>
    public static Scale Grade { get; } = new("grade", new LocalizedText("等次", "Grade"),
    [
        new ScaleOption("A", new LocalizedText("优秀", "Excellent"), 100m),
        new ScaleOption("B", new LocalizedText("称职", "Competent"), 80m),
        new ScaleOption("C", new LocalizedText("基本称职", "Basically competent"), 60m),
        new ScaleOption("D", new LocalizedText("不称职", "Incompetent"), 30m),
        new ScaleOption("X", new LocalizedText("不了解", "Don't know"), null, IsAbstain: true),
    ]);

    /// <summary>Two per-subject choice items, i1 (weight 1) and i2 (weight 3), a per-ballot choice item and a text item.</summary>
    public static Questionnaire Questionnaire { get; } = new([Grade],
    [
        new QuestionItem("i1", new LocalizedText("德", "Character"), ItemKind.Choice, ItemScope.PerSubject, "grade", Weight: 1m),
        new QuestionItem("i2", new LocalizedText("绩", "Achievement"), ItemKind.Choice, ItemScope.PerSubject, "grade", Weight: 3m),
        new QuestionItem("overall", new LocalizedText("总体", "Overall"), ItemKind.Choice, ItemScope.PerBallot, "grade"),
        new QuestionItem("note", new LocalizedText("意见", "Note"), ItemKind.Text, ItemScope.PerSubject, Required: false),
    ]);

    public static Subject Subject(string id, string? unitClass = null, bool ranked = true) =>
        new(id, $"name-{id}", unitClass, ranked ? new Dictionary<string, string>() : new Dictionary<string, string> { ["ranked"] = "false" });

    public static RaterGroup Group(string key, decimal? weight, IReadOnlyDictionary<string, decimal>? byClass = null) =>
        new(key, new LocalizedText($"组{key}", key), weight, byClass ?? new Dictionary<string, decimal>());

    /// <summary>One sheet about one subject: <paramref name="grades"/> is "i1,i2", e.g. "AB".</summary>
    public static AnonymousBallot Sheet(string group, string subject, string grades) =>
        new(group, [Answer("i1", subject, grades[0]), Answer("i2", subject, grades[1]), new Answer("note", subject, [], "text")]);

    /// <summary>The sheets of each group merged position by position into whole ballots, as an unbound ballot is stored.</summary>
    public static IReadOnlyList<AnonymousBallot> Whole(IEnumerable<AnonymousBallot> sheets) => sheets
        .GroupBy(s => s.RaterGroup)
        .SelectMany(group => group
            .GroupBy(s => s.Answers[0].SubjectId)
            .SelectMany(bySubject => bySubject.Select((sheet, index) => (index, sheet)))
            .GroupBy(p => p.index)
            .Select(p => new AnonymousBallot(group.Key, [.. p.SelectMany(x => x.sheet.Answers)])))
        .ToArray();

    private static Answer Answer(string item, string subject, char grade) => new(item, subject, [grade.ToString()]);
}

using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Tests.Ballots;

/// <summary>
/// A questionnaire with one item of every shape the validator distinguishes, and helpers to write answers.
/// Per ballot: a required choice, a required reason shown only after 不满意, optional comments.
/// Per subject: a required choice, a required reason shown only after 不满意 for that subject, an optional checklist.
/// </summary>
internal static class AnswerSheets
{
    public const string Dissatisfied = "dissatisfied";

    public static Questionnaire Form { get; } = new(
        [
            new Scale("five", LocalizedText.Same("five"),
            [
                new ScaleOption("very-satisfied", new LocalizedText("非常满意", "Very satisfied"), 100m, CountsAsSatisfied: true),
                new ScaleOption("satisfied", new LocalizedText("满意", "Satisfied"), 80m, CountsAsSatisfied: true),
                new ScaleOption(Dissatisfied, new LocalizedText("不满意", "Dissatisfied"), 30m, AsksReason: true),
                new ScaleOption("unknown", new LocalizedText("不了解", "Don't know"), null, IsAbstain: true),
            ]),
            new Scale("ticks", LocalizedText.Same("ticks"),
            [
                new ScaleOption("late", new LocalizedText("迟到", "Late"), null),
                new ScaleOption("rude", new LocalizedText("态度差", "Rude"), null),
                new ScaleOption("slow", new LocalizedText("效率低", "Slow"), null),
            ]),
        ],
        [
            new QuestionItem("overall", LocalizedText.Same("overall"), ItemKind.Choice, ItemScope.PerBallot, "five"),
            new QuestionItem("overall-reason", LocalizedText.Same("overall-reason"), ItemKind.Text, ItemScope.PerBallot,
                ShowWhen: new ItemCondition("overall", [Dissatisfied])),
            new QuestionItem("comments", LocalizedText.Same("comments"), ItemKind.Text, ItemScope.PerBallot,
                Required: false, MaxLength: 20),
            new QuestionItem("rating", LocalizedText.Same("rating"), ItemKind.Choice, ItemScope.PerSubject, "five"),
            new QuestionItem("reason", LocalizedText.Same("reason"), ItemKind.Text, ItemScope.PerSubject,
                ShowWhen: new ItemCondition("rating", [Dissatisfied, "unknown"])),
            new QuestionItem("issues", LocalizedText.Same("issues"), ItemKind.Checklist, ItemScope.PerSubject, "ticks",
                Required: false),
        ]);

    public static IReadOnlyList<Subject> Subjects { get; } = [Subject("A"), Subject("B")];

    /// <summary>A complete, valid ballot: satisfied overall, A satisfied, B very satisfied.</summary>
    public static List<Answer> Valid() =>
    [
        Choice("overall", null, "satisfied"),
        Choice("rating", "A", "satisfied"),
        Choice("rating", "B", "very-satisfied"),
    ];

    public static Subject Subject(string id) => new(id, id, null, new Dictionary<string, string>());

    public static Answer Choice(string item, string? subject, params string[] options) => new(item, subject, options);

    public static Answer Text(string item, string? subject, string? text) => new(item, subject, [], text);

    /// <summary>The valid ballot with <paramref name="answer"/> replacing the answer to the same item and subject, or added.</summary>
    public static List<Answer> ValidWith(Answer answer)
    {
        var answers = Valid();
        answers.RemoveAll(a => a.ItemKey == answer.ItemKey && a.SubjectId == answer.SubjectId);
        answers.Add(answer);
        return answers;
    }
}

using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.PluginApi.Tests;

public sealed class SheetScoresTests
{
    private static readonly Questionnaire Form = new(
        [
            new Scale("five", LocalizedText.Same("five"),
            [
                new ScaleOption("good", LocalizedText.Same("good"), 100m),
                new ScaleOption("poor", LocalizedText.Same("poor"), 40m),
                new ScaleOption("unknown", LocalizedText.Same("unknown"), 0m, IsAbstain: true),
                new ScaleOption("unvalued", LocalizedText.Same("unvalued"), null),
            ]),
        ],
        [
            new QuestionItem("service", LocalizedText.Same("service"), ItemKind.Choice, ItemScope.PerSubject, "five", Weight: 0.6m),
            new QuestionItem("speed", LocalizedText.Same("speed"), ItemKind.Choice, ItemScope.PerSubject, "five", Weight: 0.4m),
            new QuestionItem("unweighted", LocalizedText.Same("unweighted"), ItemKind.Choice, ItemScope.PerSubject, "five", Weight: 0m),
            new QuestionItem("overall", LocalizedText.Same("overall"), ItemKind.Choice, ItemScope.PerBallot, "five"),
            new QuestionItem("ticks", LocalizedText.Same("ticks"), ItemKind.Checklist, ItemScope.PerSubject, "five"),
        ]);

    [Fact]
    public void A_sheet_scores_each_subject_by_its_weighted_answers_and_equal_scores_are_counted_together()
    {
        var scores = SheetScores.Of(Form,
        [
            new AnonymousBallot("public", [Answer("service", "a", "good"), Answer("speed", "a", "poor"), Answer("service", "b", "poor")]),
            new AnonymousBallot("public", [Answer("speed", "a", "poor"), Answer("service", "a", "good")]),
            new AnonymousBallot("experts", [Answer("service", "a", "good"), Answer("speed", "a", "unknown")]),
        ]);

        Assert.Equal(
            ["experts a 60.0 0.6 1", "public a 76.0 1.0 2", "public b 24.0 0.6 1"],
            scores.Scores.Select(s => $"{s.RaterGroup} {s.SubjectId} {s.Points} {s.Weight} {s.Sheets}").Order(StringComparer.Ordinal));
        Assert.Equal(2, scores.SheetsPerGroup["public"]);
    }

    [Fact]
    public void Abstentions_unvalued_options_unweighted_items_per_ballot_items_checklists_and_two_options_do_not_score()
    {
        var scores = SheetScores.Of(Form,
        [
            new AnonymousBallot("public",
            [
                Answer("service", "a", "unknown"), Answer("speed", "a", "unvalued"), Answer("unweighted", "a", "good"),
                Answer("overall", null, "good"), Answer("ticks", "a", "good"), new Answer("speed", "b", ["good", "poor"]),
            ]),
        ]);

        Assert.Empty(scores.Scores);
        Assert.Equal(1, scores.SheetsPerGroup["public"]);
    }

    private static Answer Answer(string item, string? subject, string option) => new(item, subject, [option]);
}

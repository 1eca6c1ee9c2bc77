using Appraisal.Core.Ballots;
using Appraisal.Host.Pages.Ballots;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Appraisal.Host.Tests.Pages;

/// <summary>How a ballot page names its fields and reads a posted form back into answers, without a host.</summary>
public sealed class BallotFieldsTests
{
    private static readonly Scale Grades = new("grade", LocalizedText.Same("Grade"),
        [.. new[] { "excellent", "qualified", "basically-qualified", "unqualified" }.Select(k => new ScaleOption(k, LocalizedText.Same(k), null))]);

    private static readonly BallotForm Ballot = new(
        "c1", "测试", "democratic-review", "members", LocalizedText.Same("党员"),
        new Questionnaire(
            [Grades],
            [
                new QuestionItem("grade", LocalizedText.Same("等次"), ItemKind.Choice, ItemScope.PerSubject, "grade"),
                new QuestionItem("signs", LocalizedText.Same("情形"), ItemKind.Checklist, ItemScope.PerSubject, "grade", Required: false),
                new QuestionItem("remarks", LocalizedText.Same("意见"), ItemKind.Text, ItemScope.PerBallot, Required: false),
            ]),
        [new Subject("m1", "张伟", null, new Dictionary<string, string>()), new Subject("m2", "王芳", null, new Dictionary<string, string>())],
        null);

    [Fact]
    public void A_field_is_named_by_positions_and_one_the_ballot_lacks_has_no_name()
    {
        var fields = new BallotFields(Ballot);

        Assert.Equal("q0.1", fields.NameOf("grade", "m2"));
        Assert.Equal("q2", fields.NameOf("remarks", null));
        Assert.Null(fields.NameOf("grade", null));     // a per-subject item needs its subject
        Assert.Null(fields.NameOf("remarks", "m1"));   // an item asked once has none
        Assert.Null(fields.NameOf("grade", "m9"));
        Assert.Null(fields.NameOf("nonsense", "m1"));
        Assert.Equal(["q0.0", "q0.1", "q1.0", "q1.1", "q2"], fields.All.Select(f => f.Field));
    }

    [Fact]
    public void A_posted_form_becomes_answers_with_option_keys_and_a_value_naming_no_option_passes_through_for_the_box_to_refuse()
    {
        var state = BallotState.Open(Ballot).WithEntries(new FormCollection(new Dictionary<string, StringValues>
        {
            ["q0.0"] = "0",
            ["q0.1"] = "7",                      // no 8th grade: forged, or a stale page
            ["q1.0"] = new(["1", "3", ""]),      // two ticks and an empty value
            ["q1.1"] = "",
            ["q2"] = "第一行\r\n第二行",
            ["q9"] = "0",                        // not a field of this ballot
            ["Step"] = "review",
        }));

        Assert.Equal(
            [
                ("grade", "m1", "excellent", (string?)null),
                ("grade", "m2", "7", null),
                ("signs", "m1", "qualified,unqualified", null),
                ("remarks", null, "", "第一行\n第二行"),
            ],
            state.Answers.Select(a => (a.ItemKey, a.SubjectId, string.Join(',', a.OptionKeys), a.Text)));
        Assert.True(state.Entries.IsChosen("q1.0", 3));
        Assert.False(state.Entries.Has("q1.1"));
    }

    [Fact]
    public void Text_of_nothing_but_spaces_is_no_answer()
    {
        var state = BallotState.Open(Ballot).WithEntries(new FormCollection(new Dictionary<string, StringValues> { ["q2"] = " \r\n " }));

        Assert.Empty(state.Answers);
    }
}

using Appraisal.Core.Ballots;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using static Appraisal.Core.Tests.Ballots.AnswerSheets;

namespace Appraisal.Core.Tests.Ballots;

public sealed class AnswerValidatorTests
{
    private static IReadOnlyList<BallotProblem> Check(IReadOnlyList<Answer> answers) =>
        AnswerValidator.Check(Form, Subjects, answers);

    private static void AssertValid(IReadOnlyList<Answer> answers) => Assert.Empty(Check(answers));

    /// <summary>Exactly one problem, with this code, item and subject.</summary>
    private static BallotProblem AssertOnly(IReadOnlyList<Answer> answers, string code, string? item, string? subject)
    {
        var problem = Assert.Single(Check(answers));
        Assert.Equal((code, item, subject), (problem.Code, problem.ItemKey, problem.SubjectId));
        Assert.False(string.IsNullOrWhiteSpace(problem.Message.ZhCn));
        Assert.False(string.IsNullOrWhiteSpace(problem.Message.En));
        return problem;
    }

    [Fact]
    public void A_complete_ballot_passes()
    {
        AssertValid(Valid());
    }

    [Fact]
    public void Every_problem_code_is_stable_upper_case()
    {
        var codes = typeof(AnswerProblems).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        Assert.Equal(17, codes.Length);
        Assert.All(codes, code => Assert.Matches("^[A-Z]+(_[A-Z]+)*$", code));
        Assert.Equal(codes.Length, codes.Distinct().Count());
    }

    [Fact]
    public void UNKNOWN_ITEM_for_an_item_not_on_the_questionnaire()
    {
        AssertOnly(ValidWith(Choice("colour", null, "satisfied")), AnswerProblems.UnknownItem, "colour", null);
        AssertOnly(ValidWith(new Answer(null!, "A", [])), AnswerProblems.UnknownItem, null, "A");
        AssertValid(ValidWith(Text("comments", null, "好")));
    }

    [Fact]
    public void UNKNOWN_SUBJECT_for_a_subject_the_ballot_does_not_rate_or_no_subject()
    {
        var answers = Valid();
        answers.Add(Choice("rating", "C", "satisfied"));
        AssertOnly(answers, AnswerProblems.UnknownSubject, "rating", "C");

        answers = Valid();
        answers.Add(Choice("rating", null, "satisfied"));
        AssertOnly(answers, AnswerProblems.UnknownSubject, "rating", null);

        AssertValid(ValidWith(Choice("rating", "A", "very-satisfied")));
    }

    [Fact]
    public void UNEXPECTED_SUBJECT_for_a_per_ballot_item_answered_for_a_subject()
    {
        var answers = Valid();
        answers.Add(Text("comments", "A", "好"));
        AssertOnly(answers, AnswerProblems.UnexpectedSubject, "comments", "A");

        AssertValid(ValidWith(Text("comments", null, "好")));
    }

    [Fact]
    public void DUPLICATE_ANSWER_for_the_same_item_and_subject_twice()
    {
        var answers = Valid();
        answers.Add(Choice("rating", "A", "very-satisfied"));
        AssertOnly(answers, AnswerProblems.DuplicateAnswer, "rating", "A");

        answers = Valid();
        answers.Add(Choice("overall", null, "satisfied"));
        AssertOnly(answers, AnswerProblems.DuplicateAnswer, "overall", null);

        // The same item for two subjects is not a duplicate.
        AssertValid([Choice("overall", null, "satisfied"), Choice("rating", "A", "satisfied"), Choice("rating", "B", "satisfied")]);
    }

    [Fact]
    public void ONE_OPTION_for_a_choice_with_two_options()
    {
        AssertOnly(ValidWith(Choice("rating", "B", "satisfied", "very-satisfied")), AnswerProblems.OneOption, "rating", "B");
        AssertValid(ValidWith(Choice("rating", "B", "satisfied")));
    }

    [Fact]
    public void NOT_ON_SCALE_for_an_option_of_another_scale_or_none()
    {
        AssertOnly(ValidWith(Choice("overall", null, "late")), AnswerProblems.NotOnScale, "overall", null);
        AssertOnly(ValidWith(Choice("overall", null, "Satisfied")), AnswerProblems.NotOnScale, "overall", null);
        AssertOnly(ValidWith(new Answer("overall", null, [null!])), AnswerProblems.NotOnScale, "overall", null);
        AssertOnly(ValidWith(Choice("issues", "A", "late", "satisfied")), AnswerProblems.NotOnScale, "issues", "A");

        AssertValid(ValidWith(Choice("overall", null, "unknown")));
        AssertValid(ValidWith(Choice("issues", "A", "late", "slow")));
    }

    [Fact]
    public void DUPLICATE_OPTION_for_a_checklist_ticking_an_option_twice()
    {
        AssertOnly(ValidWith(Choice("issues", "B", "late", "rude", "late")), AnswerProblems.DuplicateOption, "issues", "B");
        AssertValid(ValidWith(Choice("issues", "B", "late", "rude", "slow")));
    }

    [Fact]
    public void A_long_garbage_checklist_is_refused_at_its_first_problem()
    {
        var ticks = Enumerable.Repeat("late", 100_000).ToArray();

        AssertOnly(ValidWith(Choice("issues", "B", ticks)), AnswerProblems.DuplicateOption, "issues", "B");
    }

    [Fact]
    public void UNEXPECTED_TEXT_for_text_on_a_choice_or_checklist()
    {
        AssertOnly(ValidWith(new Answer("overall", null, ["satisfied"], "因为")), AnswerProblems.UnexpectedText, "overall", null);
        AssertOnly(ValidWith(new Answer("issues", "A", ["late"], "x")), AnswerProblems.UnexpectedText, "issues", "A");

        AssertValid(ValidWith(new Answer("overall", null, ["satisfied"], null)));
        AssertValid(ValidWith(new Answer("overall", null, ["satisfied"], "")));
    }

    [Fact]
    public void UNEXPECTED_OPTION_for_options_on_a_text_item()
    {
        AssertOnly(ValidWith(new Answer("comments", null, ["satisfied"], "好")), AnswerProblems.UnexpectedOption, "comments", null);
        AssertValid(ValidWith(new Answer("comments", null, [], "好")));
    }

    [Fact]
    public void TOO_LONG_counts_unicode_scalar_values_not_utf16_units()
    {
        var twentyEmoji = string.Concat(Enumerable.Repeat("😀", 20)); // 40 UTF-16 units, 20 characters
        var twentyHan = new string('评', 20);

        AssertValid(ValidWith(Text("comments", null, twentyEmoji)));
        AssertValid(ValidWith(Text("comments", null, twentyHan)));

        var problem = AssertOnly(ValidWith(Text("comments", null, twentyEmoji + "😀")), AnswerProblems.TooLong, "comments", null);
        Assert.Contains("20", problem.Message.ZhCn, StringComparison.Ordinal);
        AssertOnly(ValidWith(Text("comments", null, twentyHan + "评")), AnswerProblems.TooLong, "comments", null);
        AssertOnly(ValidWith(Text("comments", null, new string('x', 1_000_000))), AnswerProblems.TooLong, "comments", null);
    }

    [Fact]
    public void INVALID_TEXT_for_lone_surrogates_and_control_characters()
    {
        // Built here, not in [InlineData]: attribute strings are stored as UTF-8, which cannot hold a lone surrogate.
        string[] texts =
        [
            "high \uD800 alone",
            "low \uDC00 alone",
            "ends high \uD83D",
            "low first \uDE00\uD83D",
            "NUL \0",
            "bell \u0007",
            "delete \u007F",
            "C1 \u0085",
        ];

        foreach (var text in texts)
        {
            AssertOnly(ValidWith(Text("comments", null, text)), AnswerProblems.InvalidText, "comments", null);
        }
    }

    [Fact]
    public void Line_breaks_tabs_and_surrogate_pairs_are_valid_text()
    {
        AssertValid(ValidWith(Text("comments", null, "第一行\r\n第二行\t😀𠀀")));
    }

    [Fact]
    public void NOT_SHOWN_for_a_per_ballot_reason_when_the_condition_is_not_met()
    {
        AssertOnly(ValidWith(Text("overall-reason", null, "排队太久")), AnswerProblems.NotShown, "overall-reason", null);

        var answers = ValidWith(Choice("overall", null, Dissatisfied));
        answers.Add(Text("overall-reason", null, "排队太久"));
        AssertValid(answers);
    }

    [Fact]
    public void NOT_SHOWN_for_a_per_subject_reason_looks_at_the_same_subject()
    {
        // B is dissatisfied, A is not: a reason for A is not shown, a reason for B is.
        var answers = ValidWith(Choice("rating", "B", Dissatisfied));
        answers.Add(Text("reason", "B", "不负责"));
        AssertValid(answers);

        answers.Add(Text("reason", "A", "不负责"));
        AssertOnly(answers, AnswerProblems.NotShown, "reason", "A");
    }

    [Fact]
    public void A_blank_answer_to_a_hidden_item_is_no_answer_and_not_a_problem()
    {
        var answers = Valid();
        answers.Add(Text("overall-reason", null, null));
        answers.Add(Text("reason", "A", ""));
        AssertValid(answers);
    }

    [Fact]
    public void REQUIRED_for_a_missing_per_ballot_answer()
    {
        var answers = Valid();
        answers.RemoveAll(a => a.ItemKey == "overall");
        AssertOnly(answers, AnswerProblems.Required, "overall", null);
    }

    [Fact]
    public void REQUIRED_is_reported_for_each_subject_missing_an_answer()
    {
        AssertOnly([Choice("overall", null, "satisfied"), Choice("rating", "A", "satisfied")], AnswerProblems.Required, "rating", "B");

        var problems = AnswerValidator.Check(Form, Subjects, [Choice("overall", null, "satisfied")]);
        Assert.Equal(
            [(AnswerProblems.Required, "rating", "A"), (AnswerProblems.Required, "rating", "B")],
            problems.Select(p => (p.Code, p.ItemKey, p.SubjectId)));
    }

    [Fact]
    public void A_dissatisfied_answer_for_one_subject_requires_the_reason_for_that_subject_only()
    {
        var answers = ValidWith(Choice("rating", "A", Dissatisfied));
        AssertOnly(answers, AnswerProblems.Required, "reason", "A");

        answers.Add(Text("reason", "A", "工作不主动"));
        AssertValid(answers);
    }

    [Fact]
    public void A_dissatisfied_overall_answer_requires_the_overall_reason()
    {
        AssertOnly(ValidWith(Choice("overall", null, Dissatisfied)), AnswerProblems.Required, "overall-reason", null);
    }

    [Fact]
    public void An_answer_with_no_options_and_no_text_does_not_satisfy_a_required_item()
    {
        AssertOnly(ValidWith(Choice("rating", "B")), AnswerProblems.Required, "rating", "B");

        var answers = ValidWith(Choice("overall", null, Dissatisfied));
        answers.Add(Text("overall-reason", null, ""));
        AssertOnly(answers, AnswerProblems.Required, "overall-reason", null);
    }

    [Fact]
    public void An_empty_answer_to_an_optional_item_is_fine()
    {
        var answers = Valid();
        answers.Add(Text("comments", null, null));
        answers.Add(Choice("issues", "A"));
        AssertValid(answers);
    }

    [Fact]
    public void A_faulty_answer_is_not_also_reported_as_missing()
    {
        AssertOnly(ValidWith(Choice("rating", "A", "excellent")), AnswerProblems.NotOnScale, "rating", "A");
    }

    [Fact]
    public void TOO_MANY_ANSWERS_is_reported_alone_when_answers_outnumber_item_subject_cells()
    {
        // Six items, two subjects: at most twelve answers.
        var tooMany = Enumerable.Range(0, 13).Select(i => Choice("nope", null, "x")).ToList();
        var problem = Assert.Single(Check(tooMany));
        Assert.Equal(AnswerProblems.TooManyAnswers, problem.Code);

        var twelve = Enumerable.Range(0, 12).Select(i => Choice("nope", null, "x")).ToList();
        Assert.Equal(12, Check(twelve).Count(p => p.Code == AnswerProblems.UnknownItem));
        Assert.DoesNotContain(Check(twelve), p => p.Code == AnswerProblems.TooManyAnswers);
    }

    [Fact]
    public void TOO_MANY_ANSWERS_counts_one_column_when_there_are_no_subjects()
    {
        var six = Enumerable.Range(0, 6).Select(i => Choice("nope", null, "x")).ToList();
        Assert.DoesNotContain(AnswerValidator.Check(Form, [], six), p => p.Code == AnswerProblems.TooManyAnswers);

        six.Add(Choice("nope", null, "x"));
        Assert.Equal(AnswerProblems.TooManyAnswers, Assert.Single(AnswerValidator.Check(Form, [], six)).Code);
    }

    [Fact]
    public void NULL_ANSWER_and_NULL_SUBJECT_report_holes_in_the_lists()
    {
        var answers = Valid();
        answers.Add(null!);
        AssertOnly(answers, AnswerProblems.NullAnswer, null, null);

        var problems = AnswerValidator.Check(Form, [Subject("A"), null!, Subject("B")], Valid());
        Assert.Equal(AnswerProblems.NullSubject, Assert.Single(problems).Code);

        problems = AnswerValidator.Check(Form, [Subject("A"), new Subject(null!, "x", null, new Dictionary<string, string>()), Subject("B")], Valid());
        Assert.Equal(AnswerProblems.NullSubject, Assert.Single(problems).Code);
    }

    [Fact]
    public void Null_lists_count_as_empty()
    {
        Assert.Equal(AnswerProblems.Required, Assert.Single(AnswerValidator.Check(Form, null!, null!)).Code);
    }

    [Fact]
    public void A_subject_listed_twice_is_asked_once()
    {
        Assert.Empty(AnswerValidator.Check(Form, [Subject("A"), Subject("B"), Subject("A")], Valid()));
    }

    [Fact]
    public void Per_subject_items_are_not_asked_when_the_ballot_rates_no_subjects()
    {
        Assert.Empty(AnswerValidator.Check(Form, [], [Choice("overall", null, "satisfied")]));
        var problem = Assert.Single(AnswerValidator.Check(Form, [], [Choice("overall", null, "satisfied"), Choice("rating", "A", "satisfied")]));
        Assert.Equal(AnswerProblems.UnknownSubject, problem.Code);
    }

    [Fact]
    public void Conditions_chain_an_item_whose_condition_item_is_hidden_is_hidden()
    {
        var questionnaire = Form with
        {
            Items =
            [
                .. Form.Items,
                new QuestionItem("reason-detail", LocalizedText.Same("detail"), ItemKind.Choice, ItemScope.PerBallot, "ticks",
                    ShowWhen: new ItemCondition("overall-reason-kind", ["late"])),
                new QuestionItem("overall-reason-kind", LocalizedText.Same("kind"), ItemKind.Choice, ItemScope.PerBallot, "ticks",
                    ShowWhen: new ItemCondition("overall", [Dissatisfied])),
            ],
        };

        // overall satisfied: the kind is hidden, so the detail is too, even though the kind was (wrongly) answered "late".
        var answers = Valid();
        answers.Add(Choice("overall-reason-kind", null, "late"));
        answers.Add(Choice("reason-detail", null, "slow"));
        Assert.Equal(
            [("overall-reason-kind", AnswerProblems.NotShown), ("reason-detail", AnswerProblems.NotShown)],
            AnswerValidator.Check(questionnaire, Subjects, answers).Select(p => (p.ItemKey, p.Code)).OrderBy(p => p.ItemKey));

        // overall dissatisfied: reason, kind and detail are all shown and required.
        answers = ValidWith(Choice("overall", null, Dissatisfied));
        Assert.Equal(
            ["overall-reason", "overall-reason-kind"],
            AnswerValidator.Check(questionnaire, Subjects, answers).Select(p => p.ItemKey).Order());
        answers.Add(Text("overall-reason", null, "慢"));
        answers.Add(Choice("overall-reason-kind", null, "late"));
        Assert.Equal("reason-detail", Assert.Single(AnswerValidator.Check(questionnaire, Subjects, answers)).ItemKey);
        answers.Add(Choice("reason-detail", null, "slow"));
        Assert.Empty(AnswerValidator.Check(questionnaire, Subjects, answers));
    }

    [Fact]
    public void A_faulty_condition_answer_leaves_its_dependents_undecided()
    {
        // "rating" for A is off the scale: whether A's reason is shown cannot be known, so it is neither required nor refused.
        AssertOnly(ValidWith(Choice("rating", "A", "bogus")), AnswerProblems.NotOnScale, "rating", "A");

        var answers = ValidWith(Choice("rating", "A", "bogus"));
        answers.Add(Text("reason", "A", "原因"));
        AssertOnly(answers, AnswerProblems.NotOnScale, "rating", "A");
    }

    [Fact]
    public void A_per_ballot_item_conditioned_on_a_per_subject_item_is_shown_when_any_subject_qualifies()
    {
        var questionnaire = Form with
        {
            Items =
            [
                .. Form.Items,
                new QuestionItem("any-unhappy", LocalizedText.Same("any"), ItemKind.Text, ItemScope.PerBallot,
                    ShowWhen: new ItemCondition("rating", [Dissatisfied])),
            ],
        };

        Assert.Empty(AnswerValidator.Check(questionnaire, Subjects, Valid()));

        var answers = ValidWith(Choice("rating", "B", Dissatisfied));
        answers.Add(Text("reason", "B", "原因"));
        var problem = Assert.Single(AnswerValidator.Check(questionnaire, Subjects, answers));
        Assert.Equal((AnswerProblems.Required, "any-unhappy", (string?)null), (problem.Code, problem.ItemKey, problem.SubjectId));
    }

    [Fact]
    public void A_per_subject_item_conditioned_on_a_per_ballot_item_follows_the_ballot_answer()
    {
        var questionnaire = Form with
        {
            Items =
            [
                .. Form.Items,
                new QuestionItem("why-each", LocalizedText.Same("why"), ItemKind.Text, ItemScope.PerSubject,
                    ShowWhen: new ItemCondition("overall", [Dissatisfied])),
            ],
        };

        var answers = ValidWith(Choice("overall", null, Dissatisfied));
        answers.Add(Text("overall-reason", null, "原因"));
        Assert.Equal(
            [("why-each", "A"), ("why-each", "B")],
            AnswerValidator.Check(questionnaire, Subjects, answers).Select(p => (p.ItemKey, p.SubjectId!)));
    }

    [Fact]
    public void INVALID_QUESTIONNAIRE_for_a_questionnaire_that_cannot_define_a_valid_ballot()
    {
        var item = Form.Items[0];
        Questionnaire[] broken =
        [
            null!,
            Form with { Items = null! },
            Form with { Scales = null! },
            Form with { Items = [.. Form.Items, null!] },
            Form with { Items = [.. Form.Items, item] },
            Form with { Items = [item with { ScaleKey = "missing" }] },
            Form with { Items = [item with { Kind = (ItemKind)7 }] },
            Form with { Items = [item with { Scope = (ItemScope)7 }] },
            Form with { Items = [item with { ShowWhen = new ItemCondition("nowhere", ["x"]) }] },
            Form with { Items = [item with { ShowWhen = new ItemCondition("overall", null!) }] },
            Form with
            {
                Items =
                [
                    item with { ShowWhen = new ItemCondition("second", ["x"]) },
                    item with { Key = "second", ShowWhen = new ItemCondition("overall", ["x"]) },
                ],
            },
            Form with { Scales = [.. Form.Scales, Form.Scales[0]] },
            Form with { Scales = [Form.Scales[0] with { Options = [null!] }] },
        ];

        foreach (var questionnaire in broken)
        {
            var problem = Assert.Single(AnswerValidator.Check(questionnaire, Subjects, Valid()));
            Assert.Equal(AnswerProblems.InvalidQuestionnaire, problem.Code);
        }
    }

    [Fact]
    public void An_item_conditioned_on_itself_is_refused_as_a_cycle()
    {
        var item = Form.Items[0] with { ShowWhen = new ItemCondition("overall", [Dissatisfied]) };

        var problem = Assert.Single(AnswerValidator.Check(Form with { Items = [item] }, Subjects, Valid()));

        Assert.Equal((AnswerProblems.InvalidQuestionnaire, "overall"), (problem.Code, problem.ItemKey));
    }

    [Fact]
    public void A_hundred_subjects_are_each_checked_and_repeats_are_duplicates()
    {
        var subjects = Enumerable.Range(0, 100).Select(i => Subject($"s{i}")).ToArray();
        var answers = Enumerable.Range(0, 100).Select(i => Choice("rating", $"s{i}", "satisfied")).ToList();
        answers.Add(Choice("overall", null, "satisfied"));
        Assert.Empty(AnswerValidator.Check(Form, subjects, answers));

        answers = Enumerable.Range(0, 600).Select(i => Choice("rating", $"s{i % 100}", "satisfied")).ToList();
        Assert.Equal(500, AnswerValidator.Check(Form, subjects, answers).Count(p => p.Code == AnswerProblems.DuplicateAnswer));
    }
}

using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using static Appraisal.Plugins.Satisfaction.Tests.Harness;

namespace Appraisal.Plugins.Satisfaction.Tests;

/// <summary>A 差评 must say why (好差评, DOMAIN §2.3); nothing else is asked of a ballot.</summary>
public sealed class BallotRulesTests
{
    private static IReadOnlyList<BallotProblem> Check(
        Questionnaire questionnaire, AnonymousBallot ballot, IReadOnlyDictionary<string, string>? settings = null, IReadOnlyList<Subject>? subjects = null) =>
        Survey.Rules.Check(new BallotCheck(questionnaire, subjects ?? [], ballot, settings ?? new Dictionary<string, string>()));

    [Fact]
    public void A_complaint_with_a_blank_reason_is_refused()
    {
        var problem = Assert.Single(Check(Template("government-service"),
            Ballot(Choose("attitude", "very-dissatisfied"), Write("attitude-reason", " \t "))));

        Assert.Equal(("REASON_BLANK", "attitude-reason", (string?)null), (problem.Code, problem.ItemKey, problem.SubjectId));
        Assert.Contains("服务态度", problem.Message.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_complaint_with_a_reason_and_any_other_answer_pass()
    {
        var service = Template("government-service");

        Assert.Empty(Check(service, Ballot(Choose("attitude", "dissatisfied"), Write("attitude-reason", "等了两个小时"))));
        Assert.Empty(Check(service, Ballot(Choose("attitude", "satisfied"))));
        Assert.Empty(Check(service, Ballot(Choose("attitude", "unknown"), Choose("efficiency", "unknown"))));
    }

    [Fact]
    public void The_reason_rule_is_a_setting()
    {
        Assert.Empty(Check(Template("government-service"), Ballot(Choose("attitude", "dissatisfied")),
            Given(("complaints.reason-required", "false"))));
        Assert.Single(Check(Template("government-service"), Ballot(Choose("attitude", "dissatisfied"))));
    }

    [Fact]
    public void Per_subject_reasons_are_checked_per_subject()
    {
        Subject[] windows = [Subject("w1", "一号窗口"), Subject("w2", "二号窗口")];
        var ballot = Ballot(
            Choose("attitude", "dissatisfied", "w1"), Write("attitude-reason", "不耐烦", "w1"),
            Choose("attitude", "dissatisfied", "w2"), Write("attitude-reason", "", "w2"));

        var problem = Assert.Single(Check(Template("service-windows"), ballot, subjects: windows));
        Assert.Equal(("attitude-reason", "w2"), (problem.ItemKey, problem.SubjectId));
    }

    [Fact]
    public void Malformed_input_is_never_an_exception()
    {
        var service = Template("government-service");

        Assert.Empty(Survey.Rules.Check(new BallotCheck(service, [], new AnonymousBallot("public", [null!, new Answer(null!, null, null!)]),
            new Dictionary<string, string>())));
        Assert.Empty(Survey.Rules.Check(new BallotCheck(service, [], new AnonymousBallot("public", null!), null!)));
        Assert.Empty(Survey.Rules.Check(null!));
    }
}

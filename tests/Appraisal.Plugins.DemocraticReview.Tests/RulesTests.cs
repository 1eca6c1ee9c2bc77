using Appraisal.PluginApi.Ballots;
using static Appraisal.Plugins.DemocraticReview.Tests.Fixture;

namespace Appraisal.Plugins.DemocraticReview.Tests;

public sealed class RulesTests
{
    private static readonly Subject[] Branch = [Full("m1", "张三"), Full("m2", "李四"), Probationary("p1", "王五")];

    private static IReadOnlyList<BallotProblem> Check(AnonymousBallot ballot, IReadOnlyList<Subject>? subjects = null, Dictionary<string, string>? settings = null) =>
        Type().Rules.Check(new BallotCheck(Standard, subjects ?? Branch, ballot, settings ?? NoSettings));

    [Fact]
    public void A_ballot_grading_every_full_member_and_leaving_the_probationary_one_blank_is_accepted()
    {
        var ballot = Ballot(Grade("m1", "excellent"), Grade("m2", "qualified"), new Answer("grade", "p1", []), Committee("committee-overall", "satisfied"));

        Assert.Empty(Check(ballot));
    }

    [Fact]
    public void Grading_a_probationary_member_is_refused()
    {
        var problem = Assert.Single(Check(Ballot(Grade("m1", "excellent"), Grade("m2", "qualified"), Grade("p1", "qualified"))));

        Assert.Equal(("NOT_GRADED", "grade", "p1"), (problem.Code, problem.ItemKey, problem.SubjectId));
        Assert.Equal("预备党员不评定等次，请不要对其作答。", problem.Message.ZhCn);
    }

    [Fact]
    public void Ticks_and_texts_about_a_probationary_member_are_refused_too()
    {
        var problems = Check(Ballot(Grade("m1", "qualified"), Grade("m2", "qualified"), Signs("p1", "lax-discipline"), Problem("p1", "迟到")));

        Assert.Equal([("NOT_GRADED", "negative-signs"), ("NOT_GRADED", "problems")], problems.Select(p => (p.Code, p.ItemKey)));
    }

    [Fact]
    public void Every_full_member_on_the_ballot_needs_a_grade()
    {
        var problem = Assert.Single(Check(Ballot(Grade("m1", "excellent"), Problem("m2", "作风漂浮"))));

        Assert.Equal(("REQUIRED", "grade", "m2"), (problem.Code, problem.ItemKey, problem.SubjectId));
    }

    [Fact]
    public void A_split_ballot_needs_grades_only_for_the_members_it_was_drawn()
    {
        Assert.Empty(Check(Ballot(Grade("m2", "qualified")), subjects: [Full("m2")]));
    }

    [Fact]
    public void Self_rating_is_refused_when_the_settings_name_the_rater()
    {
        var settings = new Dictionary<string, string> { ["self"] = "m1" };

        var problem = Assert.Single(Check(Ballot(Grade("m1", "excellent"), Grade("m2", "qualified")), settings: settings));

        Assert.Equal(("SELF_RATING", "m1"), (problem.Code, problem.SubjectId));
        Assert.Empty(Check(Ballot(Grade("m2", "qualified")), settings: settings)); // and the rater's own grade is not required
    }

    [Fact]
    public void Odd_input_gives_problems_or_none_but_never_an_exception()
    {
        var rules = Type().Rules;

        Assert.Empty(rules.Check(new BallotCheck(Standard, [], new AnonymousBallot("smoke-test", []), NoSettings)));
        Assert.Empty(rules.Check(new BallotCheck(Standard, [null!, Full("m1")], new AnonymousBallot("g", [null!, Grade("m1", "excellent")]), NoSettings)));
        Assert.Empty(rules.Check(new BallotCheck(null!, null!, new AnonymousBallot("g", null!), null!)));
    }
}

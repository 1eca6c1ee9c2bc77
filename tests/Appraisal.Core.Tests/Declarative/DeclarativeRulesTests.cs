using Appraisal.Core.Declarative;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Tests.Declarative;

/// <summary>The simple ballot rules a declarative type can switch on.</summary>
public sealed class DeclarativeRulesTests
{
    private static DeclarativeRules Rules(params (string Name, Dictionary<string, string> Settings)[] rules)
    {
        var problems = new List<string>();
        var created = DeclarativeRules.Create(
            [.. rules.Select((r, i) => new DeclarativeStrategyManifest(r.Name, r.Settings, $"types[0].rules[{i}]"))], [Ballots.Questionnaire], problems.Add);
        Assert.Empty(problems);
        return created!;
    }

    private static IReadOnlyList<BallotProblem> Check(DeclarativeRules rules, params (string Subject, string Grade)[] answers) =>
        rules.Check(new BallotCheck(Ballots.Questionnaire, [], new AnonymousBallot("g",
            [.. answers.Select(a => new Answer("i1", a.Subject, [a.Grade]))]), new Dictionary<string, string>()));

    [Fact]
    public void Not_uniform_refuses_one_option_for_every_answer_from_the_given_number_of_subjects()
    {
        var rules = Rules((BallotRuleNames.NotUniform, new() { ["minSubjects"] = "3" }));

        Assert.Equal("UNIFORM_ANSWERS", Check(rules, ("a", "B"), ("b", "B"), ("c", "B")).Single().Code);
        Assert.Empty(Check(rules, ("a", "B"), ("b", "B")));
        Assert.Empty(Check(rules, ("a", "B"), ("b", "B"), ("c", "A")));
        Assert.Empty(Check(rules, ("a", "B"), ("b", "B"), ("c", "X")));
    }

    [Fact]
    public void Max_share_allows_the_share_rounded_down_but_at_least_one()
    {
        var rules = Rules((BallotRuleNames.MaxShare, new() { ["item"] = "i1", ["option"] = "A", ["share"] = "0.3" }));

        // 5 subjects × 0.3 = 1.5 → at most 1; 2 subjects × 0.3 = 0.6 → still 1.
        var refused = Check(rules, ("a", "A"), ("b", "A"), ("c", "B"), ("d", "B"), ("e", "C")).Single();
        Assert.Equal(("MAX_SHARE", "i1"), (refused.Code, refused.ItemKey));
        Assert.Contains("最多 1 个", refused.Message.ZhCn);
        Assert.Empty(Check(rules, ("a", "A"), ("b", "B"), ("c", "B"), ("d", "B"), ("e", "C")));
        Assert.Empty(Check(rules, ("a", "A"), ("b", "B")));
    }

    [Fact]
    public void Unusable_rules_are_reported_by_field()
    {
        var problems = new List<string>();
        var created = DeclarativeRules.Create(
        [
            new("max-share", new Dictionary<string, string> { ["item"] = "i1", ["option"] = "Z" }, "types[0].rules[0]"),
            new("not-uniform", new Dictionary<string, string> { ["minSubjects"] = "1", ["x"] = "y" }, "types[0].rules[1]"),
        ], [Ballots.Questionnaire], problems.Add);

        Assert.Null(created);
        Assert.Equal(
            [
                "\"types[0].rules[0].share\" is required (the largest share of a ballot's subjects, e.g. 0.3)",
                "\"types[0].rules[0].option\" \"Z\" is not an option of the scale \"grade\" of item \"i1\"",
                "\"types[0].rules[1].x\" is not a setting of this strategy (known: minSubjects)",
                "\"types[0].rules[1].minSubjects\" must be a whole number from 2 to 10000, got \"1\"",
            ],
            problems);
    }
}

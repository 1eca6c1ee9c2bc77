using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.DemocraticReview.Tests;

public sealed class DemocraticReviewTypeTests
{
    private static readonly Dictionary<string, string> NoSettings = [];

    private static IAppraisalType Create(Dictionary<string, string>? settings = null) =>
        Assert.Single(new DemocraticReviewPlugin().CreateAppraisalTypes(
            new PluginContext("appraisal.democratic-review", "1.0.0", settings ?? NoSettings)));

    private static Subject Member(string id, string name, bool probationary = false) =>
        new(id, name, null, new Dictionary<string, string> { ["membership"] = probationary ? "probationary" : "full" });

    private static AnonymousBallot Grades(params (string Member, string Grade)[] grades) =>
        new("members", grades.Select(g => new Answer("grade", g.Member, [g.Grade])).ToArray());

    [Fact]
    public void Small_branches_get_one_code_per_rater_and_large_ones_a_balanced_share()
    {
        Assert.Equal(DistributionStrategies.OnePerRater, Create().Distribution.Strategy);

        var large = Create(new Dictionary<string, string> { ["subjectsPerRater"] = "8" }).Distribution;
        Assert.Equal(DistributionStrategies.BalancedPeer, large.Strategy);
        Assert.Equal("8", large.Options["subjectsPerRater"]);
    }

    [Fact]
    public void The_ballot_grades_on_the_four_current_levels()
    {
        var scale = Create().Templates[0].Questionnaire.FindScale("grade");

        Assert.NotNull(scale);
        Assert.Equal(["优秀", "合格", "基本合格", "不合格"], scale.Options.Select(o => o.Label.ZhCn));
    }

    [Fact]
    public void A_probationary_member_must_not_be_graded()
    {
        var type = Create();
        var subjects = new[] { Member("m1", "张三"), Member("m2", "李四", probationary: true) };
        var ballot = Grades(("m1", "excellent"), ("m2", "qualified"));

        var problems = type.Rules.Check(new BallotCheck(type.Templates[0].Questionnaire, subjects, ballot, NoSettings));

        var problem = Assert.Single(problems);
        Assert.Equal("PROBATIONARY_NOT_GRADED", problem.Code);
        Assert.Equal("m2", problem.SubjectId);
    }

    [Fact]
    public void The_tally_counts_grades_per_member_and_hides_members_with_too_few_ballots()
    {
        var type = Create();
        var subjects = new[] { Member("m1", "张三"), Member("m2", "李四") };
        var ballots = new[]
        {
            Grades(("m1", "excellent"), ("m2", "qualified")),
            Grades(("m1", "excellent")),
            Grades(("m1", "unqualified")),
        };
        var input = new AggregationInput(type.Templates[0].Questionnaire, subjects, [], ballots, NoSettings, MinimumCellSize: 3);

        var table = Assert.Single(type.Aggregator.Aggregate(input, CancellationToken.None).Tables);

        var zhang = table.Rows[0];
        Assert.Equal("张三", zhang[0].Text);
        Assert.Equal(3m, zhang[1].Number);
        Assert.Equal([2m, 0m, 0m, 1m], zhang.Skip(2).Select(c => c.Number));
        var li = table.Rows[1];
        Assert.Equal(1m, li[1].Number);
        Assert.All(li.Skip(2), cell => Assert.True(cell.Suppressed));
    }
}

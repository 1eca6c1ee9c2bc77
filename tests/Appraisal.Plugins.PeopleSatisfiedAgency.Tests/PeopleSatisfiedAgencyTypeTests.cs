using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Tests;

public sealed class PeopleSatisfiedAgencyTypeTests
{
    private static readonly IAppraisalType Type = Assert.Single(new PeopleSatisfiedAgencyPlugin().CreateAppraisalTypes(
        new PluginContext("appraisal.people-satisfied-agency", "1.0.0", new Dictionary<string, string>())));

    private static readonly Subject Tax = new("tax", "税务局", "government", new Dictionary<string, string>());

    private static AnonymousBallot Rate(string agency, string attitude, string efficiency) => new("recipients",
        [new Answer("attitude", agency, [attitude]), new Answer("efficiency", agency, [efficiency])]);

    [Fact]
    public void The_default_template_asks_the_six_core_indicators()
    {
        var items = Type.Templates[0].Questionnaire.Items.Where(i => i.ScaleKey is not null).Select(i => i.Text.ZhCn);

        Assert.Equal(["服务态度", "办事效率", "依法行政", "廉洁自律", "政务公开", "作风建设"], items);
    }

    [Fact]
    public void The_agency_score_is_the_mean_mapped_value_without_dont_know()
    {
        var ballots = new[]
        {
            Rate("tax", "satisfied", "fairly-satisfied"),
            Rate("tax", "dissatisfied", "unknown"),
        };
        var input = new AggregationInput(Type.Templates[0].Questionnaire, [Tax], [], ballots,
            new Dictionary<string, string>(), MinimumCellSize: 3);

        var row = Assert.Single(Assert.Single(Type.Aggregator.Aggregate(input, CancellationToken.None).Tables).Rows);

        Assert.Equal("税务局", row[0].Text);
        Assert.Equal(75m, row[2].Number);
    }

    [Fact]
    public void An_agency_must_not_rate_itself_in_peer_review()
    {
        var problems = Type.Rules.Check(new BallotCheck(Type.Templates[0].Questionnaire, [Tax],
            Rate("tax", "satisfied", "satisfied"), new Dictionary<string, string> { ["self"] = "tax" }));

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal("SELF_RATING", p.Code));
    }
}

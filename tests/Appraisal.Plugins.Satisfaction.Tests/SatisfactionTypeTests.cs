using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.Satisfaction.Tests;

public sealed class SatisfactionTypeTests
{
    private static readonly IAppraisalType Type = Assert.Single(new SatisfactionPlugin().CreateAppraisalTypes(
        new PluginContext("appraisal.satisfaction", "1.0.0", new Dictionary<string, string>())));

    private static AnonymousBallot Overall(string option) => new("public", [new Answer("overall", null, [option])]);

    private static ReportTable Tally(params AnonymousBallot[] ballots) =>
        Assert.Single(Type.Aggregator.Aggregate(new AggregationInput(Type.Templates[0].Questionnaire, [], [], ballots,
            new Dictionary<string, string>(), MinimumCellSize: 3), CancellationToken.None).Tables);

    [Fact]
    public void The_default_scale_maps_the_five_levels_to_100_80_60_30_0()
    {
        var scale = Type.Templates[0].Questionnaire.FindScale("five-level");

        Assert.NotNull(scale);
        Assert.Equal([100m, 80m, 60m, 30m, 0m], scale.Options.Where(o => !o.IsAbstain).Select(o => o.Value!.Value));
    }

    [Fact]
    public void Satisfaction_rate_and_score_are_separate_and_dont_know_is_left_out_of_both()
    {
        var table = Tally(Overall("very-satisfied"), Overall("satisfied"), Overall("dissatisfied"), Overall("unknown"));

        var overall = table.Rows.Single(r => r[0].Text == "整体满意度");
        Assert.Equal(3m, overall[1].Number);
        Assert.Equal(66.67m, overall[2].Number);
        Assert.Equal(70m, overall[3].Number);
    }

    [Fact]
    public void Items_with_fewer_valid_answers_than_the_minimum_cell_are_suppressed()
    {
        var table = Tally(Overall("satisfied"), Overall("unknown"), Overall("unknown"));

        var overall = table.Rows.Single(r => r[0].Text == "整体满意度");
        Assert.True(overall[2].Suppressed);
        Assert.True(overall[3].Suppressed);
    }

    [Fact]
    public void A_dissatisfied_answer_asks_for_its_reason()
    {
        var questionnaire = Type.Templates[0].Questionnaire;
        var reason = questionnaire.FindItem("overall-reason");

        Assert.NotNull(reason?.ShowWhen);
        Assert.Equal("overall", reason.ShowWhen.ItemKey);
        Assert.All(reason.ShowWhen.OptionKeys, key => Assert.True(questionnaire.FindScale("five-level")!.FindOption(key)!.AsksReason));
    }
}

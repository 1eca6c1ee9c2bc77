using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using static Appraisal.Plugins.Satisfaction.Tests.Harness;

namespace Appraisal.Plugins.Satisfaction.Tests;

/// <summary>The overall score S = Σ wⱼ·Sⱼ ÷ Σ wⱼ over items with valid answers (DOMAIN §2.4, S38).</summary>
public sealed class WeightTests
{
    // Three ballots, one column each: item scores 280/3 = 93.33, 170/3 = 56.67, 80, 30; rates 100, 66.67, 100, 33.33.
    private static readonly string[][] Columns =
    [
        ["very-satisfied", "very-satisfied", "satisfied"],
        ["satisfied", "basically-satisfied", "dissatisfied"],
        ["satisfied", "satisfied", "satisfied"],
        ["very-dissatisfied", "dissatisfied", "basically-satisfied"],
    ];

    /// <summary>S44's fixed points: 服务态度 20, 服务能力 20, 服务效率 20, 服务效果 40.</summary>
    private static readonly Questionnaire FixedPoints = new(
        [Template("government-service").Scales[0]],
        [Rated("attitude", 20m), Rated("capability", 20m), Rated("efficiency", 20m), Rated("effect", 40m)]);

    private static QuestionItem Rated(string key, decimal weight) =>
        new(key, LocalizedText.Same(key), ItemKind.Choice, ItemScope.PerBallot, "five-level", Weight: weight);

    private static AnonymousBallot[] Ballots(string[] keys, string[][] columns) =>
        [.. Enumerable.Range(0, 3).Select(b => Ballot([.. keys.Select((k, i) => Choose(k, columns[i][b]))]))];

    [Fact]
    public void Equal_weights_average_the_shown_items_and_leave_weight_zero_and_suppressed_items_out()
    {
        // government-service: 整体满意度 weighs 0; 公开透明 has only 不了解 (0 valid < 3, suppressed).
        // Score (280/3 + 170/3 + 80 + 30) ÷ 4 = 260 ÷ 4 = 65; pooled rate (3 + 2 + 3 + 1) ÷ 12 = 75 %.
        string[] keys = ["attitude", "efficiency", "convenience", "integrity", "transparency", "overall"];
        var report = Details(Tally(Template("government-service"),
            Ballots(keys, [.. Columns, ["unknown", "unknown", "unknown"], ["satisfied", "satisfied", "satisfied"]])));

        Assert.Equal(65m, report.Overall.Score);
        Assert.Equal(75m, report.Overall.SatisfactionRate);
        Assert.Equal((4, 4m, 12), (report.Overall.ItemsCombined, report.Overall.WeightTotal, report.Overall.Valid));
        Assert.False(Item(report, "overall").InOverall);
        Assert.Equal(80m, Item(report, "overall").Score);
        Assert.True(Item(report, "transparency").Suppressed);
    }

    [Fact]
    public void Fixed_points_weigh_the_items()
    {
        // (20 × 280/3 + 20 × 170/3 + 20 × 80 + 40 × 30) ÷ 100 = (3000 + 1600 + 1200) ÷ 100 = 58.
        var report = Details(Tally(FixedPoints, Ballots(["attitude", "capability", "efficiency", "effect"], Columns)));

        Assert.Equal(58m, report.Overall.Score);
        Assert.Equal(100m, report.Overall.WeightTotal);
    }

    [Fact]
    public void Weights_are_normalised_over_the_items_with_valid_answers()
    {
        // 服务效果 (40) has only 不了解: (20 × 280/3 + 20 × 170/3 + 20 × 80) ÷ 60 = 4600 ÷ 60 = 76.67, not ÷ 100.
        var report = Details(Tally(FixedPoints,
            Ballots(["attitude", "capability", "efficiency", "effect"], [.. Columns.Take(3), ["unknown", "unknown", "unknown"]])));

        Assert.Equal(76.67m, report.Overall.Score);
        Assert.Equal(60m, report.Overall.WeightTotal);
        Assert.Equal(3, report.Overall.ItemsCombined);
    }

    [Fact]
    public void The_overall_rate_may_be_weighted_instead_of_pooled()
    {
        // Pooled: 9 ÷ 12 = 75 %. Weighted: (20 × 100 + 20 × 200/3 + 20 × 100 + 40 × 100/3) ÷ 100 = 66.67 %.
        var ballots = Ballots(["attitude", "capability", "efficiency", "effect"], Columns);

        Assert.Equal(75m, Details(Tally(FixedPoints, ballots)).Overall.SatisfactionRate);
        var weighted = Details(Tally(FixedPoints, ballots, Given(("overall.rate", "weighted"))));
        Assert.Equal(66.67m, weighted.Overall.SatisfactionRate);
        Assert.Contains(weighted.Rules, r => r is { Key: "overall.rate", Value: "weighted" });
    }

    [Fact]
    public void The_rules_table_names_each_items_weight()
    {
        var report = Details(Tally(FixedPoints, Ballots(["attitude", "capability", "efficiency", "effect"], Columns)));

        var rule = report.Rules.Single(r => r.Key == "overall.score");
        Assert.Equal("attitude=20、capability=20、efficiency=20、effect=40", rule.Value);
        Assert.Contains("§2.4", rule.Source, StringComparison.Ordinal);
    }
}

using Appraisal.Core.Declarative;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Tests.Declarative;

/// <summary>
/// <c>weighted-score</c> with values worked out by hand. Scale A=100 B=80 C=60 D=30, X abstains; items i1 (weight 1)
/// and i2 (weight 3); groups peer 0.6, superior 0.4 (0.8 for class G), self advisory; minimum cell size 2.
/// </summary>
public sealed class WeightedScoreAggregatorTests
{
    private static readonly Subject[] Subjects =
        [Ballots.Subject("s1", "P"), Ballots.Subject("s2", "P"), Ballots.Subject("s3", "G"), Ballots.Subject("s4", "P"), Ballots.Subject("s5", "P", ranked: false)];

    private static readonly RaterGroup[] Groups =
        [Ballots.Group("peer", 0.6m), Ballots.Group("superior", 0.4m, new Dictionary<string, decimal> { ["G"] = 0.8m }), Ballots.Group("self", null)];

    /// <summary>One sheet per subject, as the host stores a ballot bound to subjects.</summary>
    private static readonly AnonymousBallot[] Sheets =
    [
        // peer: s1 i1 = (100+80)/2 = 90 (X left out), i2 = (80+80+100)/3 = 86.667 → (1·90 + 3·86.667)/4 = 87.5
        Ballots.Sheet("peer", "s1", "AB"), Ballots.Sheet("peer", "s1", "BB"), Ballots.Sheet("peer", "s1", "XA"),
        Ballots.Sheet("peer", "s2", "BB"), Ballots.Sheet("peer", "s2", "BB"),                         // 80
        Ballots.Sheet("peer", "s3", "CC"), Ballots.Sheet("peer", "s3", "CC"),                         // 60
        Ballots.Sheet("peer", "s4", "BB"), Ballots.Sheet("peer", "s4", "BB"),                         // 80
        Ballots.Sheet("peer", "s5", "AA"), Ballots.Sheet("peer", "s5", "AA"),                         // 100
        // superior: s1 i1 100, i2 90 → 92.5; s2 and s4 i1 90, i2 100 → 97.5; s3 100; s5 one sheet → hidden
        Ballots.Sheet("superior", "s1", "AA"), Ballots.Sheet("superior", "s1", "AB"),
        Ballots.Sheet("superior", "s2", "BA"), Ballots.Sheet("superior", "s2", "AA"),
        Ballots.Sheet("superior", "s3", "AA"), Ballots.Sheet("superior", "s3", "AA"),
        Ballots.Sheet("superior", "s4", "BA"), Ballots.Sheet("superior", "s4", "AA"),
        Ballots.Sheet("superior", "s5", "AA"),
        // self (advisory): s1 30, shown and never combined; s2 one sheet → hidden
        Ballots.Sheet("self", "s1", "DD"), Ballots.Sheet("self", "s1", "DD"),
        Ballots.Sheet("self", "s2", "DD"),
    ];

    private static AppraisalReport Aggregate(IReadOnlyList<AnonymousBallot> ballots, Dictionary<string, string>? campaign = null, WeightedScoreSettings? settings = null) =>
        new WeightedScoreAggregator(settings ?? WeightedScoreSettings.Default with { Tiers = [new Tier(90m, "优秀"), new Tier(80m, "称职"), new Tier(0m, "不称职")] })
            .Aggregate(new AggregationInput(Ballots.Questionnaire, Subjects, Groups, ballots, campaign ?? [], MinimumCellSize: 2), CancellationToken.None);

    private static ReportTable Table(AppraisalReport report, string key) => report.Tables.Single(t => t.Key == key);

    private static object?[] Values(IReadOnlyList<ReportCell> row) =>
        [.. row.Select(c => c.Suppressed ? "hidden" : c.Number is { } n ? n : (object?)c.Text)];

    [Fact]
    public void Group_scores_composites_ranks_and_tiers_match_the_hand_computation()
    {
        var scores = Table(Aggregate(Sheets), "scores");

        Assert.Equal(["对象", "类别", "组peer", "组superior", "组self（参考，不计入）", "综合得分", "计入群体", "名次", "等次"],
            scores.Columns.Select(c => c.ZhCn));
        // s1: 0.6·87.5 + 0.4·92.5 = 89.5; s2 = s4: 0.6·80 + 0.4·97.5 = 87 (tied, rank 2 within P);
        // s3 (class G, superior 0.8): (0.6·60 + 0.8·100) ÷ 1.4 = 82.857… → 82.86; s5: superior hidden, renormalised to 100, not ranked.
        Assert.Equal(["name-s1", "P", 87.5m, 92.5m, 30m, 89.5m, "组peer、组superior", 1m, "称职"], Values(scores.Rows[0]));
        Assert.Equal(["name-s2", "P", 80m, 97.5m, "hidden", 87m, "组peer、组superior", 2m, "称职"], Values(scores.Rows[1]));
        Assert.Equal(["name-s3", "G", 60m, 100m, "hidden", 82.86m, "组peer、组superior", 1m, "称职"], Values(scores.Rows[2]));
        Assert.Equal(["name-s4", "P", 80m, 97.5m, "hidden", 87m, "组peer、组superior", 2m, "称职"], Values(scores.Rows[3]));
        Assert.Equal(["name-s5", "P", 100m, "hidden", "hidden", 100m, "组peer", "不排名", "优秀"], Values(scores.Rows[4]));
    }

    [Fact]
    public void Split_sheets_and_whole_ballots_give_the_same_report()
    {
        var whole = Ballots.Whole(Sheets);
        Assert.True(whole.Count < Sheets.Length);

        var split = Aggregate(Sheets);
        var merged = Aggregate(whole);

        foreach (var key in new[] { "scores", "group-items" })
        {
            Assert.Equal(Table(split, key).Rows.Select(Values), Table(merged, key).Rows.Select(Values));
        }
    }

    [Fact]
    public void Item_means_and_sheet_counts_are_reported_per_group_with_small_cells_hidden()
    {
        var items = Table(Aggregate(Sheets), "group-items");

        Assert.Equal(["对象", "评议群体", "有效评议份数", "德", "绩", "群体得分"], items.Columns.Select(c => c.ZhCn));
        Assert.Equal(["name-s1", "组peer", 3m, 90m, 86.67m, 87.5m], Values(items.Rows[0]));
        Assert.Equal(["name-s5", "组superior", 1m, "hidden", "hidden", "hidden"], Values(items.Rows[13]));
    }

    [Fact]
    public void An_item_resting_on_too_few_answers_is_hidden_and_left_out_of_the_group_score()
    {
        // i1 has one valid answer (the other is X): hidden, and the group score is i2's mean alone, (100 + 80) ÷ 2.
        var report = Aggregate([Ballots.Sheet("peer", "s1", "XA"), Ballots.Sheet("peer", "s1", "AB")]);

        Assert.Equal(["name-s1", "组peer", 2m, "hidden", 90m, 90m], Values(Table(report, "group-items").Rows[0]));
        Assert.Equal(90m, Table(report, "scores").Rows[0][5].Number);
    }

    [Fact]
    public void Campaign_settings_override_the_types_and_bad_ones_are_noted_not_applied()
    {
        var report = Aggregate(Sheets, new Dictionary<string, string>
        {
            ["rankWithin"] = "all", ["missingGroups"] = "no-composite", ["tiers"] = "nonsense", ["unrelated"] = "x",
        });
        var scores = Table(report, "scores");

        // All ranked together: s1 89.5 → 1, s2 = s4 87 → 2, s3 82.86 → 4; s5 lacks its superior score → no composite.
        Assert.Equal([1m, 2m, 4m, 2m, ""], scores.Rows.Select(r => Values(r)[7]));
        Assert.Equal("", scores.Rows[4][5].Text);
        Assert.Equal("称职", scores.Rows[0][8].Text);
        var rules = Table(report, "rules").Rows.Select(r => (r[0].Text, r[1].Text)).ToArray();
        Assert.Contains(rules, r => r.Item1!.StartsWith("已忽略的活动设置", StringComparison.Ordinal) && r.Item2!.StartsWith("tiers: must be a list", StringComparison.Ordinal));
        Assert.DoesNotContain(rules, r => r.Item2!.Contains("unrelated", StringComparison.Ordinal));
    }

    [Fact]
    public void The_rules_table_names_the_mapping_weights_and_rules_applied()
    {
        var settings = WeightedScoreSettings.Default with
        {
            GroupWeights = [KeyValuePair.Create("peer", 0.3m), KeyValuePair.Create("superior", 0.4m)],
        };
        var rules = Table(Aggregate(Sheets, settings: settings), "rules").Rows.ToDictionary(r => r[0].Text!, r => r[1].Text!);

        Assert.Equal("weighted-score", rules["策略 Strategy"]);
        Assert.Equal("优秀=100, 称职=80, 基本称职=60, 不称职=30; 不了解 不计入分母 (excluded from denominators)", rules["量表映射 Scale mapping: 等次 (grade)"]);
        Assert.Equal("德 1, 绩 3", rules["题目权重 Item weights"]);
        Assert.Equal("0.4; 按类别 by class: G 0.8", rules["群体权重 Group weight: 组superior (superior)"]);
        Assert.StartsWith("参考，不计入综合得分", rules["群体权重 Group weight: 组self (self)"]);
        Assert.StartsWith("peer 0.3, superior 0.4", rules["类型建议权重 Type's default weights"]);
        Assert.StartsWith("k = 2:", rules["小样本保护 Small cells"]);
        Assert.Equal("未设置 none", rules["等次 Tiers"]);
    }

    [Fact]
    public void An_empty_campaign_gives_empty_tables()
    {
        var report = new WeightedScoreAggregator(WeightedScoreSettings.Default)
            .Aggregate(new AggregationInput(Ballots.Questionnaire, [], [], [], new Dictionary<string, string>()), CancellationToken.None);

        Assert.Equal(0, report.BallotCount);
        Assert.Empty(Table(report, "scores").Rows);
    }
}

using Appraisal.Core.Declarative;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Tests.Declarative;

/// <summary><c>option-counts</c> with values worked out by hand; minimum cell size 2.</summary>
public sealed class OptionCountsAggregatorTests
{
    private static readonly Subject[] Subjects = [Ballots.Subject("m1"), Ballots.Subject("m2")];
    private static readonly RaterGroup[] Groups = [Ballots.Group("members", 1m), Ballots.Group("masses", null)];

    private static AnonymousBallot Grade(string group, string subject, string option) => new(group, [new Answer("i1", subject, [option])]);

    private static readonly AnonymousBallot[] Sheets =
    [
        // m1 members: A A B + one X → valid 3: A 2 (66.7 %), B 1 (33.3 %), X 1 beside
        Grade("members", "m1", "A"), Grade("members", "m1", "A"), Grade("members", "m1", "B"), Grade("members", "m1", "X"),
        // m1 masses: one valid answer → hidden; the all-groups row would reveal it by subtraction → hidden too
        Grade("masses", "m1", "A"),
        // m2 members: B B → 100 % B; m2 masses: A A C + X → valid 3; all groups: valid 5, A 2 (40 %), B 2 (40 %), C 1 (20 %)
        Grade("members", "m2", "B"), Grade("members", "m2", "B"),
        Grade("masses", "m2", "A"), Grade("masses", "m2", "A"), Grade("masses", "m2", "C"), Grade("masses", "m2", "X"),
        // the per-ballot item, on sheets of their own
        new("members", [new Answer("overall", null, ["A"])]), new("members", [new Answer("overall", null, ["B"])]),
    ];

    private static AppraisalReport Aggregate(IReadOnlyList<AnonymousBallot> ballots, OptionCountsSettings? settings = null) =>
        new OptionCountsAggregator(settings ?? OptionCountsSettings.Default with { Flags = [KeyValuePair.Create("B", 30m)] })
            .Aggregate(new AggregationInput(Ballots.Questionnaire, Subjects, Groups, ballots, new Dictionary<string, string>(), MinimumCellSize: 2),
                CancellationToken.None);

    private static object?[] Values(IReadOnlyList<ReportCell> row) =>
        [.. row.Select(c => c.Suppressed ? "hidden" : c.Number is { } n ? n : (object?)c.Text)];

    [Fact]
    public void Counts_and_shares_per_item_subject_and_group_exclude_abstentions_and_hide_small_cells()
    {
        var table = Aggregate(Sheets).Tables.Single(t => t.Key == "counts-grade");

        Assert.Equal(
            ["题目", "对象", "评议群体", "有效作答", "优秀 票数", "优秀 占比%", "称职 票数", "称职 占比%", "基本称职 票数", "基本称职 占比%",
             "不称职 票数", "不称职 占比%", "不了解（不计入）", "标记"],
            table.Columns.Select(c => c.ZhCn));
        var rows = table.Rows.Select(Values).ToArray();
        Assert.Equal(["德", "name-m1", "组members", 3m, 2m, 66.7m, 1m, 33.3m, 0m, 0m, 0m, 0m, 1m, "称职 ≥ 30%"], rows[0]);
        Assert.Equal(["德", "name-m1", "组masses", .. Enumerable.Repeat<object?>("hidden", 11)], rows[1]);
        Assert.Equal(["德", "name-m1", "全部 All groups", .. Enumerable.Repeat<object?>("hidden", 11)], rows[2]);
        Assert.Equal(["德", "name-m2", "组members", 2m, 0m, 0m, 2m, 100m, 0m, 0m, 0m, 0m, 0m, "称职 ≥ 30%"], rows[3]);
        Assert.Equal(["德", "name-m2", "组masses", 3m, 2m, 66.7m, 0m, 0m, 1m, 33.3m, 0m, 0m, 1m, ""], rows[4]);
        Assert.Equal(["德", "name-m2", "全部 All groups", 5m, 2m, 40m, 2m, 40m, 1m, 20m, 0m, 0m, 1m, "称职 ≥ 30%"], rows[5]);
        // i2 has no answers at all: every row hidden; then the per-ballot item, once per group.
        Assert.All(rows[6..12], r => Assert.Equal("hidden", r[3]));
        Assert.Equal(["总体", "—", "组members", 2m, 1m, 50m, 1m, 50m, 0m, 0m, 0m, 0m, 0m, "称职 ≥ 30%"], rows[12]);
        Assert.Equal(15, rows.Length);
    }

    [Fact]
    public void The_all_groups_row_is_shown_when_the_hidden_rows_together_reach_the_minimum()
    {
        // masses has one answer for m1 and members one as well: both hidden, but together they are 2 ≥ k.
        var table = Aggregate([Grade("members", "m1", "A"), Grade("masses", "m1", "B")]).Tables.Single(t => t.Key == "counts-grade");

        Assert.Equal(2m, table.Rows[2][3].Number);
        Assert.True(table.Rows[0][3].Suppressed);
    }

    [Fact]
    public void Split_sheets_and_whole_ballots_give_the_same_counts()
    {
        var whole = new AnonymousBallot[]
        {
            new("members", [new Answer("i1", "m1", ["A"]), new Answer("i1", "m2", ["B"]), new Answer("overall", null, ["A"])]),
            new("members", [new Answer("i1", "m1", ["A"]), new Answer("i1", "m2", ["B"]), new Answer("overall", null, ["B"])]),
            new("members", [new Answer("i1", "m1", ["B"])]),
            new("members", [new Answer("i1", "m1", ["X"])]),
            new("masses", [new Answer("i1", "m1", ["A"]), new Answer("i1", "m2", ["A"])]),
            new("masses", [new Answer("i1", "m2", ["A"])]),
            new("masses", [new Answer("i1", "m2", ["C"])]),
            new("masses", [new Answer("i1", "m2", ["X"])]),
        };

        var split = Aggregate(Sheets).Tables.Single(t => t.Key == "counts-grade").Rows.Select(Values);
        var merged = Aggregate(whole).Tables.Single(t => t.Key == "counts-grade").Rows.Select(Values);

        Assert.Equal(split, merged);
    }

    [Fact]
    public void The_rules_table_names_the_share_rule_and_the_flags()
    {
        var rules = Aggregate(Sheets).Tables.Single(t => t.Key == "rules").Rows.ToDictionary(r => r[0].Text!, r => r[1].Text!);

        Assert.Equal("option-counts", rules["策略 Strategy"]);
        Assert.Equal("B ≥ 30%", rules["标记 Flags"]);
        Assert.StartsWith("票数÷有效作答×100，四舍五入保留 1 位小数", rules["占比 Share"]);
        Assert.StartsWith("k = 2:", rules["小样本保护 Small cells"]);
    }
}

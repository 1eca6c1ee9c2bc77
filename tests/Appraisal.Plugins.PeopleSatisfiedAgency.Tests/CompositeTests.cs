using Appraisal.PluginApi.Ballots;
using static Appraisal.Plugins.PeopleSatisfiedAgency.Tests.Fixture;

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Tests;

/// <summary>The agency score: weighted composite of group scores, by unit class, nested and renormalised (DOMAIN §3.2, §3.4).</summary>
public sealed class CompositeTests
{
    // 服务对象 0.5 (党群部门 0.3), 人大代表/政协委员 0.3 (党群部门 0.5), 机关互评 0.2, 群众 advisory.
    private static readonly RaterGroup[] Groups =
    [
        Group("service", 0.5m, (PartyMass, 0.3m)),
        Group("deputies", 0.3m, (PartyMass, 0.5m)),
        Group("peers", 0.2m),
        Group("public", null),
    ];

    /// <summary>One sheet per group about the agency: service 100, deputies 70, peers 40, public 40.</summary>
    private static IEnumerable<AnonymousBallot> Sheets(string agency, bool peers = true)
    {
        yield return Sheet("service", agency, "S");
        yield return Sheet("deputies", agency, "B");
        if (peers)
        {
            yield return Sheet("peers", agency, "D");
        }

        yield return Sheet("public", agency, "D");
    }

    [Fact]
    public void Weights_differ_by_unit_class()
    {
        var (_, details) = Run([Agency("gov"), Agency("party", PartyMass)], Groups,
            [.. Sheets("gov"), .. Sheets("party")], minimumCellSize: 1);

        // 政府部门: 0.5 × 100 + 0.3 × 70 + 0.2 × 40 = 79.  党群部门: 0.3 × 100 + 0.5 × 70 + 0.2 × 40 = 73.
        Assert.Equal(79m, details.Of("gov").Score);
        Assert.Equal("比较满意", details.Of("gov").Tier);
        Assert.Equal(73m, details.Of("party").Score);
        Assert.Equal("基本满意", details.Of("party").Tier);
        Assert.Equal([0.5m, 0.3m, 0.2m], details.Of("gov").Groups.Take(3).Select(g => g.Share));
        Assert.Equal([0.3m, 0.5m, 0.2m], details.Of("party").Groups.Take(3).Select(g => g.Weight));
    }

    [Fact]
    public void An_advisory_group_is_reported_but_not_combined()
    {
        var (report, details) = Run([Agency("gov")], Groups, Sheets("gov"), minimumCellSize: 1);

        var advisory = details.Of("gov").Group("public");
        Assert.True(advisory.Advisory);
        Assert.False(advisory.Combined);
        Assert.Null(advisory.Weight);
        Assert.Null(advisory.Share);
        Assert.Equal(40m, advisory.Score);
        var row = report.Table("groups").Rows.Single(r => r[2].Text == "public组");
        Assert.Equal("参考，不计入", row[3].Text);
        Assert.Equal(40m, row[6].Number);
    }

    [Fact]
    public void A_missing_group_hands_its_weight_to_the_others()
    {
        // No 机关互评: (0.5 × 100 + 0.3 × 70) / 0.8 = 71 / 0.8 = 88.75, shares 0.625 and 0.375.
        var (_, details) = Run([Agency("gov")], Groups, Sheets("gov", peers: false), minimumCellSize: 1);

        var gov = details.Of("gov");
        Assert.Equal(88.75m, gov.Score);
        Assert.Equal("满意", gov.Tier);
        Assert.Equal([0.625m, 0.375m, null], gov.Groups.Take(3).Select(g => g.Share));
    }

    [Fact]
    public void With_missing_groups_withheld_the_agency_gets_no_score()
    {
        var (report, details) = Run([Agency("gov"), Agency("full")], Groups,
            [.. Sheets("gov", peers: false), .. Sheets("full")], new() { ["missingGroups"] = "withhold" }, minimumCellSize: 1);

        var gov = details.Of("gov");
        Assert.Null(gov.Score);
        Assert.Null(gov.Tier);
        Assert.Null(gov.Rank);
        Assert.False(gov.Ranked);
        Assert.Equal(79m, details.Of("full").Score);
        Assert.Equal(1, details.Of("full").Rank);
        Assert.True(report.Table("agencies").Rows[0][2].Suppressed);
    }

    [Fact]
    public void A_group_below_min_ballots_is_shown_but_not_combined()
    {
        // minBallots 2: service has 2 sheets (100, 100) and is combined; deputies has one (70) and is only shown.
        // Composite over service and peers (2 sheets of 40): (0.5 × 100 + 0.2 × 40) / 0.7 = 58 / 0.7 = 82.857… → 82.86.
        AnonymousBallot[] sheets =
        [
            Sheet("service", "gov", "S"), Sheet("service", "gov", "S"), Sheet("deputies", "gov", "B"),
            Sheet("peers", "gov", "D"), Sheet("peers", "gov", "D"),
        ];

        var (_, details) = Run([Agency("gov")], Groups, sheets, new() { ["minBallots"] = "2" }, minimumCellSize: 1);

        var deputies = details.Of("gov").Group("deputies");
        Assert.Equal(70m, deputies.Score);
        Assert.False(deputies.Combined);
        Assert.Equal(82.86m, details.Of("gov").Score);
    }

    private static readonly RaterGroup[] Nested =
    [
        Group("daily", 0.4m),
        Group("concentrated.handlers", 0.8m),
        Group("concentrated.others", 0.2m),
    ];

    /// <summary>日常 70; 集中: 经办人员 100, 其他 40 (S57's 40 / 60 with 80 % inside 集中).</summary>
    private static IEnumerable<AnonymousBallot> NestedSheets(string agency, bool others = true)
    {
        yield return Sheet("daily", agency, "B");
        yield return Sheet("concentrated.handlers", agency, "S");
        if (others)
        {
            yield return Sheet("concentrated.others", agency, "D");
        }
    }

    [Fact]
    public void Nested_groups_are_combined_inside_their_node_first()
    {
        // 集中 = 0.8 × 100 + 0.2 × 40 = 88; total = 0.4 × 70 + 0.6 × 88 = 28 + 52.8 = 80.8.
        var (_, details) = Run([Agency("gov")], Nested, NestedSheets("gov"), new() { ["weight.concentrated"] = "0.6" }, minimumCellSize: 1);

        Assert.Equal(80.8m, details.Of("gov").Score);
        Assert.Equal([0.4m, 0.48m, 0.12m], details.Of("gov").Groups.Select(g => g.Share));
    }

    [Fact]
    public void A_missing_nested_group_hands_its_weight_to_its_siblings_only()
    {
        // Without 其他, 集中 = 100 and keeps its 0.6: 0.4 × 70 + 0.6 × 100 = 88
        // (a flat renormalisation would give (28 + 48) / 0.88 = 86.36).
        var (_, details) = Run([Agency("gov")], Nested, NestedSheets("gov", others: false),
            new() { ["weight.concentrated"] = "0.6" }, minimumCellSize: 1);

        Assert.Equal(88m, details.Of("gov").Score);
    }

    [Fact]
    public void Without_a_node_weight_a_node_weighs_the_sum_of_its_members()
    {
        // 集中 weighs 0.8 + 0.2 = 1.0: (0.4 × 70 + 1.0 × 88) / 1.4 = 116 / 1.4 = 82.857… → 82.86.
        var (_, details) = Run([Agency("gov")], Nested, NestedSheets("gov"), minimumCellSize: 1);

        Assert.Equal(82.86m, details.Of("gov").Score);
    }

    [Fact]
    public void Node_weights_may_differ_by_unit_class()
    {
        // 党群部门: 集中 0.5: (0.4 × 70 + 0.5 × 88) / 0.9 = 72 / 0.9 = 80.
        var (_, details) = Run([Agency("gov"), Agency("party", PartyMass)], Nested, [.. NestedSheets("gov"), .. NestedSheets("party")],
            new() { ["weight.concentrated"] = $"0.6; {PartyMass}=0.5" }, minimumCellSize: 1);

        Assert.Equal(80.8m, details.Of("gov").Score);
        Assert.Equal(80m, details.Of("party").Score);
    }

    [Fact]
    public void The_indicator_scores_use_the_same_weights()
    {
        // 服务态度: 0.5 × 100 + 0.3 × 70 + 0.2 × 40 = 79; 办事效率 only from service (85) and peers (70):
        // (0.5 × 85 + 0.2 × 70) / 0.7 = 56.5 / 0.7 = 80.714… → 80.71.
        AnonymousBallot[] sheets = [Sheet("service", "gov", "SF"), Sheet("deputies", "gov", "BU"), Sheet("peers", "gov", "DB")];

        var (report, details) = Run([Agency("gov")], Groups, sheets, minimumCellSize: 1);

        Assert.Equal([79m, 80.71m], details.Of("gov").Indicators.Take(2).Select(i => i.Score));
        Assert.Equal([79m, 80.71m], report.Table("indicators").Rows[0].Skip(2).Take(2).Select(c => c.Number));
    }
}

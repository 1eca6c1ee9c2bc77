using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;
using Appraisal.Plugins.PeopleSatisfiedAgency.Details;
using static Appraisal.Plugins.PeopleSatisfiedAgency.Tests.Fixture;

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Tests;

/// <summary>Tiers, ranking within class with ties, 一票否决 and agencies rated but not ranked (DOMAIN §3.4, §3.2 (d)).</summary>
public sealed class RankingTests
{
    private static readonly RaterGroup[] One = [Group("service", 1m)];

    /// <summary>Each agency scored exactly <c>value</c> by one sheet (minimum cell size 1).</summary>
    private static (AppraisalReport Report, AgencyReport Details) Scores(
        (Subject Agency, decimal Value)[] agencies, Dictionary<string, string>? settings = null)
    {
        Questionnaire questionnaire = Points([.. agencies.Select(a => a.Value).Distinct()]);
        return Run([.. agencies.Select(a => a.Agency)], One, agencies.Select(a => Scored("service", a.Agency.Id, a.Value)),
            settings, minimumCellSize: 1, questionnaire: questionnaire);
    }

    [Theory]
    [InlineData(85, "满意")]
    [InlineData(84.99, "比较满意")]
    [InlineData(84.995, "满意")] // published as 85.00 (四舍五入), and the tier follows what is published
    [InlineData(84.994, "比较满意")]
    [InlineData(75, "比较满意")]
    [InlineData(74.99, "基本满意")]
    [InlineData(60, "基本满意")]
    [InlineData(59.99, "不满意")]
    [InlineData(0, "不满意")]
    public void Tiers_at_their_boundaries(double score, string tier)
    {
        var (_, details) = Scores([(Agency("a"), (decimal)score)]);

        Assert.Equal(tier, details.Of("a").Tier);
    }

    [Fact]
    public void Tier_thresholds_and_names_are_settings()
    {
        // Hangzhou's 达标线 82 as a two-tier rule (S48).
        Dictionary<string, string> settings = new()
        {
            ["tiers.thresholds"] = "82", ["tiers.names"] = "达标,未达标", ["tiers.namesEn"] = "Passed,Failed",
        };

        var (_, details) = Scores([(Agency("a"), 82m), (Agency("b"), 81.99m)], settings);

        Assert.Equal(("达标", "Passed"), (details.Of("a").Tier, details.Of("a").TierEn));
        Assert.Equal("未达标", details.Of("b").Tier);
    }

    [Fact]
    public void Equal_scores_share_a_place_and_the_next_is_skipped()
    {
        // 84.995 is published as 85.00, so it ties with 85.
        var (report, details) = Scores(
            [(Agency("a"), 90m), (Agency("b"), 85m), (Agency("c"), 84.995m), (Agency("d"), 80m), (Agency("p", PartyMass), 70m)]);

        Assert.Equal([1, 2, 2, 4, 1], details.Agencies.Select(a => a.Rank));
        var government = details.Classes.Single(c => c.UnitClass == Government);
        Assert.Equal(["a", "b", "c", "d"], government.Entries.Select(e => e.AgencyId));
        Assert.Equal([1m, 2m, 2m, 4m, 1m], report.Table("ranking").Rows.Select(r => r[1].Number));
    }

    [Fact]
    public void Dense_ranking_is_a_setting()
    {
        var (_, details) = Scores([(Agency("a"), 90m), (Agency("b"), 85m), (Agency("c"), 85m), (Agency("d"), 80m)],
            new() { ["ranking.ties"] = "dense" });

        Assert.Equal([1, 2, 2, 3], details.Agencies.Select(a => a.Rank));
    }

    [Fact]
    public void A_vetoed_agency_takes_the_lowest_tier_and_the_last_place()
    {
        var (report, details) = Scores(
        [
            (Agency("a", Government, ("veto", "特别重大责任事故")), 90m),
            (Agency("b"), 80m),
            (Agency("c"), 70m),
            (Agency("d"), 95m),
            (Agency("e", Government, ("veto", "false")), 60m),
        ],
        new() { ["veto"] = "d=主要媒体曝光查实" });

        Assert.Equal([4, 1, 2, 4, 3], details.Agencies.Select(a => a.Rank));
        Assert.Equal(["不满意", "比较满意", "基本满意", "不满意", "基本满意"], details.Agencies.Select(a => a.Tier));
        Assert.Equal(["特别重大责任事故", null, null, "主要媒体曝光查实", null], details.Agencies.Select(a => a.VetoReason));
        Assert.Equal(90m, details.Of("a").Score);
        // The vetoed share the last place, the better score first.
        Assert.Equal(["b", "c", "e", "d", "a"], details.Classes[0].Entries.Select(e => e.AgencyId));
        Assert.Equal("是：特别重大责任事故", report.Table("agencies").Rows[0][5].Text);
    }

    [Fact]
    public void Vetoed_agencies_may_stay_out_of_the_ranking()
    {
        var (_, details) = Scores([(Agency("a", Government, ("veto", "true")), 90m), (Agency("b"), 80m)],
            new() { ["veto.ranking"] = "unranked" });

        Assert.Equal((null, false, "不满意"), (details.Of("a").Rank, details.Of("a").Ranked, details.Of("a").Tier));
        Assert.Null(details.Of("a").VetoReason);
        Assert.Equal(1, details.Of("b").Rank);
    }

    [Fact]
    public void An_agency_marked_not_ranked_is_rated_but_takes_no_place()
    {
        var (report, details) = Scores([(Agency("a"), 80m), (Agency("guest", Government, ("ranked", "false")), 99m), (Agency("b"), 70m)]);

        var guest = details.Of("guest");
        Assert.Equal((99m, "满意", null, false), (guest.Score, guest.Tier, guest.Rank, guest.Ranked));
        Assert.Equal([1, null, 2], details.Agencies.Select(a => a.Rank));
        Assert.DoesNotContain(details.Classes[0].Entries, e => e.AgencyId == "guest");
        Assert.Equal("不参与排名", report.Table("agencies").Rows[1][3].Text);
        Assert.Contains(details.Rules, r => r.Key == "unranked" && r.ZhCn.Contains("guest局", StringComparison.Ordinal));
    }

    [Fact]
    public void Agencies_without_a_class_are_ranked_among_themselves()
    {
        var (_, details) = Scores([(Agency("a", null), 70m), (Agency("b"), 60m), (Agency("c", null), 80m)]);

        Assert.Equal([2, 1, 1], details.Agencies.Select(a => a.Rank));
        Assert.Equal([null, Government], details.Classes.Select(c => c.UnitClass));
    }
}

using Appraisal.PluginApi.Ballots;
using static Appraisal.Plugins.PeopleSatisfiedAgency.Tests.Fixture;

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Tests;

/// <summary>Group scores: the mapped mean of valid answers (DOMAIN §3.4, §2.2), and the trimmed mean for panels.</summary>
public sealed class GroupScoreTests
{
    private static readonly RaterGroup[] Service = [Group("service", 1m)];
    private static readonly RaterGroup[] Leaders = [Group("leaders", 1m)];

    [Fact]
    public void The_group_score_is_the_mean_of_valid_answers_without_dont_know()
    {
        // 100 + 85 + 40 + 70 + 70 = 365 over 5 valid answers (the 不了解 counts nowhere) = 73.
        var (_, details) = Run([Agency("tax")], Service,
            [Sheet("service", "tax", "SF"), Sheet("service", "tax", "DU"), Sheet("service", "tax", "BB")]);

        var tax = details.Of("tax");
        Assert.Equal(73m, tax.Group("service").Score);
        Assert.Equal(3, tax.Group("service").Sheets);
        Assert.Equal(73m, tax.Score);
        Assert.Equal("基本满意", tax.Tier);
        // 服务态度: 100, 40, 70 → 70; 办事效率 has two valid answers, under the minimum of 3.
        Assert.Equal(70m, tax.Indicators[0].Score);
        Assert.Null(tax.Indicators[1].Score);
        Assert.True(tax.Indicators[1].Suppressed);
    }

    [Fact]
    public void Indicator_weights_come_from_the_items()
    {
        // 服务态度 20 × 100, 服务能力 20 × 70, 服务效率 不了解, 服务效果 40 × 40: 5000 / 80 = 62.5.
        var weighted = AgencyType.Templates.Single(t => t.Key == "public-service-weighted").Questionnaire;
        var sheet = new AnonymousBallot("service", Answers(weighted, "tax", "SBUD"));

        var (_, details) = Run([Agency("tax")], Service, [sheet], minimumCellSize: 1, questionnaire: weighted);

        Assert.Equal(62.5m, details.Of("tax").Score);
    }

    [Fact]
    public void A_sheet_of_only_dont_know_is_no_rater_for_that_agency()
    {
        var (_, details) = Run([Agency("tax")], Service,
            [Sheet("service", "tax", "SS"), Sheet("service", "tax", "UU"), Sheet("service", "tax", "BB")], minimumCellSize: 1);

        Assert.Equal(2, details.Of("tax").Group("service").Sheets);
        Assert.Equal(85m, details.Of("tax").Score);
    }

    [Fact]
    public void The_trimmed_mean_drops_the_highest_and_lowest_sheet()
    {
        // Per-sheet scores 100, 85, 70, 85, 40; sorted 40 70 85 85 100; without 40 and 100: (70 + 85 + 85) / 3 = 80.
        // Untrimmed it would be 760 / 10 = 76.
        AnonymousBallot[] sheets =
        [
            Sheet("leaders", "tax", "SS"), Sheet("leaders", "tax", "FF"), Sheet("leaders", "tax", "BB"),
            Sheet("leaders", "tax", "SB"), Sheet("leaders", "tax", "DD"),
        ];

        var (_, trimmed) = Run([Agency("tax")], Leaders, sheets, new() { ["trim.groups"] = "leaders" });
        var (_, plain) = Run([Agency("tax")], Leaders, sheets);

        Assert.Equal(80m, trimmed.Of("tax").Score);
        Assert.Equal(2, trimmed.Of("tax").Group("leaders").Dropped);
        Assert.Equal(76m, plain.Of("tax").Score);
        Assert.Equal(0, plain.Of("tax").Group("leaders").Dropped);
    }

    [Fact]
    public void Each_sheet_counts_once_in_the_trimmed_mean_whatever_its_number_of_valid_answers()
    {
        // Per-sheet: S,U → 100 (one answer); 40; 70; 85; (70 + 85) / 2 = 77.5.
        // Sorted 40 70 77.5 85 100, kept 70 77.5 85: 232.5 / 3 = 77.5.
        AnonymousBallot[] sheets =
        [
            Sheet("leaders", "tax", "SU"), Sheet("leaders", "tax", "DD"), Sheet("leaders", "tax", "BB"),
            Sheet("leaders", "tax", "FF"), Sheet("leaders", "tax", "BF"),
        ];

        var (_, details) = Run([Agency("tax")], Leaders, sheets, new() { ["trim.groups"] = "leaders" });

        Assert.Equal(77.5m, details.Of("tax").Score);
    }

    [Fact]
    public void Trimming_needs_the_minimum_number_of_sheets()
    {
        // Four sheets, below trim.minBallots 5: the plain mean (200 + 170 + 140 + 170) / 8 = 85.
        AnonymousBallot[] sheets =
            [Sheet("leaders", "tax", "SS"), Sheet("leaders", "tax", "FF"), Sheet("leaders", "tax", "BB"), Sheet("leaders", "tax", "SB")];

        var (_, details) = Run([Agency("tax")], Leaders, sheets, new() { ["trim.groups"] = "leaders" });

        Assert.Equal(85m, details.Of("tax").Score);
        Assert.Equal(0, details.Of("tax").Group("leaders").Dropped);
    }

    [Fact]
    public void Trimming_never_keeps_fewer_sheets_than_a_cell()
    {
        // Five sheets minus two would leave three, under a minimum cell size of 4: no trimming, 760 / 10 = 76.
        AnonymousBallot[] sheets =
        [
            Sheet("leaders", "tax", "SS"), Sheet("leaders", "tax", "FF"), Sheet("leaders", "tax", "BB"),
            Sheet("leaders", "tax", "SB"), Sheet("leaders", "tax", "DD"),
        ];

        var (_, details) = Run([Agency("tax")], Leaders, sheets, new() { ["trim.groups"] = "leaders" }, minimumCellSize: 4);

        Assert.Equal(76m, details.Of("tax").Score);
    }

    [Theory]
    // 40 40 70 70 70 85 85 85 100 100. 20 % of 10 = 2 at each end: 70 70 70 85 85 85 → 465 / 6 = 77.5.
    [InlineData("20", "1", 77.5, 4)]
    // One at each end: 40 70 70 70 85 85 85 100 → 605 / 8 = 75.625, published 75.63 (四舍五入, not banker's 75.62).
    [InlineData("0", "1", 75.63, 2)]
    // 5 % of 10 rounds down to 0: nothing dropped, 745 / 10 = 74.5.
    [InlineData("5", "1", 74.5, 0)]
    public void Trimming_by_count_or_percentage(string percent, string count, double expected, int dropped)
    {
        var sheets = "DDBBBFFFSS".Select(letter => Sheet("leaders", "tax", letter.ToString()));

        var (_, details) = Run([Agency("tax")], Leaders, sheets,
            new() { ["trim.groups"] = "leaders", ["trim.percent"] = percent, ["trim.count"] = count });

        Assert.Equal((decimal)expected, details.Of("tax").Score);
        Assert.Equal(dropped, details.Of("tax").Group("leaders").Dropped);
    }

    [Fact]
    public void Only_the_listed_groups_are_trimmed()
    {
        var sheets = "DDBBBFFFSS".Select(letter => Sheet("service", "tax", letter.ToString()));

        var (_, details) = Run([Agency("tax")], Service, sheets, new() { ["trim.groups"] = "leaders" });

        Assert.Equal(74.5m, details.Of("tax").Score);
    }
}

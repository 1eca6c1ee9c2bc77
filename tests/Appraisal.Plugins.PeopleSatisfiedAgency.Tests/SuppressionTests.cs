using System.Text.Json;
using Appraisal.PluginApi.Ballots;
using static Appraisal.Plugins.PeopleSatisfiedAgency.Tests.Fixture;

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Tests;

/// <summary>Small cells are hidden everywhere and never combined; sheets are not ballots.</summary>
public sealed class SuppressionTests
{
    private static readonly RaterGroup[] Groups = [Group("service", 0.5m), Group("deputies", 0.5m)];

    [Fact]
    public void A_group_with_fewer_sheets_than_the_cell_size_is_hidden_and_left_out()
    {
        // service: 100, 85, 70 → 85; deputies: two sheets of 40, hidden, so the composite is service's alone.
        AnonymousBallot[] sheets =
        [
            Sheet("service", "tax", "S"), Sheet("service", "tax", "F"), Sheet("service", "tax", "B"),
            Sheet("deputies", "tax", "D"), Sheet("deputies", "tax", "D"),
        ];

        var (report, details) = Run([Agency("tax")], Groups, sheets);

        var deputies = details.Of("tax").Group("deputies");
        Assert.Equal((true, null, null, false, null), (deputies.Suppressed, deputies.Sheets, deputies.Score, deputies.Combined, deputies.Share));
        Assert.All(deputies.Indicators, i => Assert.Null(i.Score));
        Assert.Equal(85m, details.Of("tax").Score);
        Assert.Equal(85m, details.Of("tax").Indicators[0].Score);
        var row = report.Table("groups").Rows.Single(r => r[2].Text == "deputies组");
        Assert.All(row.Skip(5), cell => Assert.True(cell.Suppressed));
    }

    [Fact]
    public void An_agency_without_any_cell_large_enough_has_no_score()
    {
        var (report, details) = Run([Agency("tax"), Agency("fee")], Groups,
            [Sheet("service", "tax", "S"), Sheet("service", "tax", "S"), .. Enumerable.Repeat(Sheet("service", "fee", "B"), 3)]);

        var tax = details.Of("tax");
        Assert.Equal((null, null, null, false), (tax.Score, tax.Tier, tax.Rank, tax.Ranked));
        Assert.True(report.Table("agencies").Rows[0][2].Suppressed);
        Assert.Equal(1, details.Of("fee").Rank);
        Assert.True(report.Table("indicators").Rows[0][2].Suppressed);
    }

    [Fact]
    public void Split_sheets_and_whole_ballots_give_the_same_report()
    {
        // Five raters each rate tax and fee. Whole: one sheet each. Split (bound codes): one sheet per agency plus an
        // empty per-ballot sheet. Per agency that is five sheets either way, so even the trimmed mean agrees.
        (string Tax, string Fee)[] raters = [("SF", "DD"), ("BB", "SU"), ("FF", "BF"), ("DB", "SS"), ("SS", "UB")];
        var whole = raters.Select(r => Unbound("service", ("tax", r.Tax), ("fee", r.Fee)));
        var split = raters.SelectMany(r => new[] { Sheet("service", "tax", r.Tax), new AnonymousBallot("service", []), Sheet("service", "fee", r.Fee) });
        Dictionary<string, string> settings = new() { ["trim.groups"] = "service" };

        var (wholeReport, wholeDetails) = Run([Agency("tax"), Agency("fee")], Groups, whole, settings);
        var (splitReport, splitDetails) = Run([Agency("tax"), Agency("fee")], Groups, split, settings);

        Assert.Equal(JsonSerializer.Serialize(wholeDetails), JsonSerializer.Serialize(splitDetails));
        Assert.Equal(JsonSerializer.Serialize(wholeReport.Tables), JsonSerializer.Serialize(splitReport.Tables));
        Assert.Equal(5, splitDetails.Of("tax").Group("service").Sheets);
        // tax per rater: 92.5, 70, 85, 55, 100 → drop 55 and 100 → (92.5 + 70 + 85) / 3 = 82.5.
        Assert.Equal(82.5m, splitDetails.Of("tax").Group("service").Score);
    }

    [Fact]
    public void An_empty_campaign_gives_an_empty_report()
    {
        var (report, details) = Run([], [], []);

        Assert.Empty(details.Agencies);
        Assert.Empty(report.Table("agencies").Rows);
        Assert.NotEmpty(details.Rules);
    }
}

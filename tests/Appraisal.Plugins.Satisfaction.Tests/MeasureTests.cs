using static Appraisal.Plugins.Satisfaction.Tests.Harness;

namespace Appraisal.Plugins.Satisfaction.Tests;

/// <summary>满意率 and 测评得分 per item, by hand from DOMAIN §2.2–2.3.</summary>
public sealed class MeasureTests
{
    private static readonly Appraisal.PluginApi.Questionnaires.Questionnaire Service = Template("government-service");

    [Fact]
    public void Rate_and_score_are_separate_measures_with_dont_know_left_out()
    {
        // 2×非常满意, 满意, 基本满意, 不满意, 不了解: valid 5 (不了解 out), satisfied 4 → 80 %;
        // score (2×100 + 80 + 60 + 30) ÷ 5 = 370 ÷ 5 = 74.
        var report = Tally(Service, Answers("attitude", "very-satisfied", "very-satisfied", "satisfied", "basically-satisfied", "dissatisfied", "unknown"));

        var attitude = Item(Details(report), "attitude");
        Assert.Equal(6, attitude.Answered);
        Assert.Equal(1, attitude.Abstained);
        Assert.Equal(5, attitude.Valid);
        Assert.Equal(4, attitude.Satisfied);
        Assert.Equal(80m, attitude.SatisfactionRate);
        Assert.Equal(74m, attitude.Score);
        Assert.Equal([40m, 20m, 20m, 20m, 0m, null], attitude.Distribution.Select(d => d.ShareOfValid));
        Assert.Equal([2, 1, 1, 1, 0, 1], attitude.Distribution.Select(d => d.Count));

        var row = Table(report, "items").Rows.Single(r => r[0].Text == "服务态度");
        Assert.Equal([5m, 80m, 74m], row.Skip(1).Take(3).Select(c => c.Number));
    }

    [Fact]
    public void Dont_know_is_in_no_denominator_however_many_there_are()
    {
        // 满意, 不满意, 非常满意 and ten 不了解: valid 3, rate 2 ÷ 3 = 66.67 %, score (80 + 30 + 100) ÷ 3 = 70.
        var report = Tally(Service, Answers("attitude", ["satisfied", "dissatisfied", "very-satisfied", .. Enumerable.Repeat("unknown", 10)]));

        var attitude = Item(Details(report), "attitude");
        Assert.Equal(3, attitude.Valid);
        Assert.Equal(66.67m, attitude.SatisfactionRate);
        Assert.Equal(70m, attitude.Score);
    }

    [Fact]
    public void A_campaign_may_count_dont_know_in_the_denominators_where_it_scores_nothing()
    {
        // The same 13 answers with abstain.excluded=false: rate 2 ÷ 13 = 15.38 %, score 210 ÷ 13 = 16.15.
        var report = Tally(Service, Answers("attitude", ["satisfied", "dissatisfied", "very-satisfied", .. Enumerable.Repeat("unknown", 10)]),
            Given(("abstain.excluded", "false")));

        var attitude = Item(Details(report), "attitude");
        Assert.Equal(13, attitude.Valid);
        Assert.Equal(15.38m, attitude.SatisfactionRate);
        Assert.Equal(16.15m, attitude.Score);
        Assert.Contains(Details(report).Rules, r => r is { Key: "abstain.excluded", Value: "false", Source: "活动设置 abstain.excluded" });
    }

    [Fact]
    public void The_Kaixian_case_all_dissatisfied_is_zero_satisfaction_even_when_dissatisfied_is_mapped_to_50()
    {
        // 开县 (S69): 非常满意 100, 满意 90, 基本满意 70, 不满意 50. Five 不满意 give a score of 50, which was
        // published as a "满意率" of 50 %; the satisfaction rate is 0 ÷ 5 = 0 %.
        var kaixian = Given(("mapping.very-satisfied", "100"), ("mapping.satisfied", "90"), ("mapping.basically-satisfied", "70"),
            ("mapping.dissatisfied", "50"));
        var report = Tally(Service, Answers("attitude", "dissatisfied", "dissatisfied", "dissatisfied", "dissatisfied", "dissatisfied"), kaixian);

        var details = Details(report);
        var attitude = Item(details, "attitude");
        Assert.Equal(0m, attitude.SatisfactionRate);
        Assert.Equal(50m, attitude.Score);
        Assert.Equal(0m, details.Overall.SatisfactionRate);
        Assert.Equal(50m, details.Overall.Score);
        var dissatisfied = details.Mapping.Single(m => m.OptionKey == "dissatisfied");
        Assert.Equal((50m, "campaign", false), (dissatisfied.Value, dissatisfied.ValueSource, dissatisfied.CountsAsSatisfied));
        Assert.Contains(Table(report, "rules").Rows, r => r[0].Text == "mapping.five-level"
            && r[2].Text == "非常满意=100、满意=90、基本满意=70、不满意=50、非常不满意=0、不了解=不计分");
    }

    [Fact]
    public void The_default_mapping_is_shown_on_the_report_with_its_source()
    {
        var report = Tally(Service, Answers("attitude", "satisfied", "satisfied", "satisfied"));

        var rule = Details(report).Rules.Single(r => r.Key == "mapping.five-level");
        Assert.Equal("非常满意=100、满意=80、基本满意=60、不满意=30、非常不满意=0、不了解=不计分", rule.Value);
        Assert.Contains("§2.2", rule.Source, StringComparison.Ordinal);
        Assert.Equal(["非常满意", "满意", "基本满意", "不满意", "非常不满意", "不了解"], Table(report, "mapping").Rows.Select(r => r[0].Text));
    }

    [Fact]
    public void Which_options_count_as_satisfied_is_a_setting()
    {
        // satisfied=very-satisfied,satisfied leaves 基本满意 out: 非常满意, 满意, 基本满意, 基本满意 → 2 ÷ 4 = 50 %.
        var answers = Answers("attitude", "very-satisfied", "satisfied", "basically-satisfied", "basically-satisfied");

        Assert.Equal(100m, Item(Details(Tally(Service, answers)), "attitude").SatisfactionRate);
        var strict = Details(Tally(Service, answers, Given(("satisfied", "very-satisfied,satisfied"))));
        Assert.Equal(50m, Item(strict, "attitude").SatisfactionRate);
        Assert.Equal(75m, Item(strict, "attitude").Score); // (100 + 80 + 60 + 60) ÷ 4, untouched
        Assert.Contains(strict.Rules, r => r is { Key: "satisfied", Value: "非常满意、满意" });
    }

    [Fact]
    public void A_scale_specific_mapping_wins_over_the_option_mapping()
    {
        var report = Details(Tally(Service, Answers("attitude", "satisfied", "satisfied", "satisfied"),
            Given(("mapping.satisfied", "90"), ("mapping.five-level.satisfied", "85"))));

        Assert.Equal(85m, Item(report, "attitude").Score);
    }

    [Fact]
    public void Settings_that_cannot_be_read_are_ignored_and_listed_never_fatal()
    {
        var report = Details(Tally(Service, Answers("attitude", "satisfied", "satisfied", "satisfied"),
            Given(("mapping.satisfied", "很多"), ("mapping.excellent", "95"), ("decimals", "-1"), ("satisfied", "satisfied,great"))));

        Assert.Equal(80m, Item(report, "attitude").Score);
        var ignored = report.Rules.Where(r => r.Key == "setting-ignored").Select(r => r.Value).ToArray();
        Assert.Equal(4, ignored.Length);
        Assert.Contains(ignored, v => v.StartsWith("mapping.satisfied=很多", StringComparison.Ordinal));
        Assert.Contains(ignored, v => v.StartsWith("mapping.excellent=95", StringComparison.Ordinal));
        Assert.Contains(ignored, v => v.StartsWith("decimals=-1", StringComparison.Ordinal));
        Assert.Contains(ignored, v => v.StartsWith("satisfied=great", StringComparison.Ordinal));
    }

    [Fact]
    public void Plugin_json_settings_are_the_site_defaults_under_the_campaigns()
    {
        var type = CreateType(Given(("mapping.satisfied", "90")));
        var answers = Answers("attitude", "satisfied", "satisfied", "satisfied");

        Assert.Equal(90m, Item(Details(Tally(Service, answers, type: type)), "attitude").Score);
        Assert.Equal(95m, Item(Details(Tally(Service, answers, Given(("mapping.satisfied", "95")), type: type)), "attitude").Score);
        Assert.Equal("plugin", Details(Tally(Service, answers, type: type)).Mapping.Single(m => m.OptionKey == "satisfied").ValueSource);
    }

    [Fact]
    public void Rounding_is_half_away_from_zero_to_the_configured_places()
    {
        // 满意, 满意, 不满意 … rate 2 ÷ 3 = 66.666… %; score (80 + 80 + 30) ÷ 3 = 63.333…
        var answers = Answers("attitude", "satisfied", "satisfied", "dissatisfied");

        Assert.Equal(66.67m, Item(Details(Tally(Service, answers)), "attitude").SatisfactionRate);
        var oneDecimal = Item(Details(Tally(Service, answers, Given(("decimals", "1")))), "attitude");
        Assert.Equal((66.7m, 63.3m), (oneDecimal.SatisfactionRate!.Value, oneDecimal.Score!.Value));
    }
}

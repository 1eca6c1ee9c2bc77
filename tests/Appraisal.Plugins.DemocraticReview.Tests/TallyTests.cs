using System.Text.Json;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;
using static Appraisal.Plugins.DemocraticReview.Tests.Fixture;

namespace Appraisal.Plugins.DemocraticReview.Tests;

/// <summary>
/// A branch of three 正式党员 and one 预备党员, ten ballots. Every expected value is worked out by hand below,
/// against the thresholds DOMAIN §1.4 gives (S15's 50 %, "过半数") and the 1/3 cap.
/// </summary>
public sealed class TallyTests
{
    private static readonly Subject[] Branch = [Full("a", "张三"), Full("b", "李四"), Full("c", "王五"), Probationary("p", "赵六")];

    /// <summary>
    /// 张三: 优秀 6, 合格 3, 基本合格 1 → 60 / 30 / 10 / 0 %; 优秀 ≥ 50 % → candidate. 反向情形 on 5 of 10 ballots:
    /// 50 % is not more than half → no flag.
    /// 李四: 合格 4, 基本合格 1, 不合格 5 → 不合格 50 % ≥ 50 % → flag; 反向情形 on 6 of 10 (60 % &gt; 50 %) → flag.
    /// 王五: 优秀 3, 合格 3, 不合格 4 → 30 / 30 / 0 / 40 %: no flag.
    /// Committee overall: 满意 7, 基本满意 2, 不了解 1 → 9 valid: 77.78 % / 22.22 % / 0 %.
    /// </summary>
    private static IEnumerable<AnonymousBallot> TenBallots() => Enumerable.Range(0, 10).Select(i =>
    {
        var answers = new List<Answer>
        {
            Grade("a", i < 6 ? "excellent" : i < 9 ? "qualified" : "basically-qualified"),
            Grade("b", i < 4 ? "qualified" : i == 4 ? "basically-qualified" : "unqualified"),
            Grade("c", i < 3 ? "excellent" : i < 6 ? "qualified" : "unqualified"),
            Committee("committee-overall", i < 7 ? "satisfied" : i < 9 ? "basically-satisfied" : "unknown"),
        };
        if (i < 5)
        {
            answers.Add(Signs("a", "passive-slack"));
        }

        if (i >= 4)
        {
            answers.Add(i >= 8 ? Signs("b", "lax-discipline", "passive-slack") : Signs("b", "lax-discipline"));
        }

        if (i == 9)
        {
            answers.Add(Problem("b", "经常缺席组织生活"));
        }

        if (i == 5)
        {
            answers.Add(Problem("b", " 工作拖拉 "));
        }

        return Ballot([.. answers]);
    });

    [Fact]
    public void Counts_and_shares_per_member_exclude_nothing_but_abstentions()
    {
        var report = Tally(Branch, TenBallots());

        var zhang = report.Member("a").Total!;
        Assert.Equal(10, zhang.ValidBallots);
        Assert.Equal((6, 60m), zhang.Of("excellent"));
        Assert.Equal((3, 30m), zhang.Of("qualified"));
        Assert.Equal((1, 10m), zhang.Of("basically-qualified"));
        Assert.Equal((0, 0m), zhang.Of("unqualified"));
        Assert.Equal((5, 50m), report.Member("b").Total!.Of("unqualified"));
        Assert.Equal(10, report.Details().BallotCount);
    }

    [Fact]
    public void Flags_follow_the_thresholds_at_their_edges()
    {
        var report = Tally(Branch, TenBallots());

        Assert.Equal(["EXCELLENT_CANDIDATE"], report.Member("a").Flags);          // 60 % ≥ 50 %; ticks 50 % is not > 50 %
        Assert.Equal(["UNQUALIFIED_SHARE", "NEGATIVE_SIGNS"], report.Member("b").Flags); // 50 % ≥ 50 %; 60 % > 50 %
        Assert.Empty(report.Member("c").Flags);                                    // 40 % 不合格, 30 % 优秀
        var summary = report.Table("summary");
        Assert.Equal("优秀候选", summary.Row("张三")["标记"].Text);
        Assert.Equal("不合格票≥50%；勾选反向情形的选票>50%", summary.Row("李四")["标记"].Text);
        Assert.Equal(6m, summary.Row("张三")["优秀（票）"].Number);
        Assert.Equal(60m, summary.Row("张三")["优秀（%）"].Number);
    }

    [Fact]
    public void Thresholds_come_from_the_campaign_then_the_manifest_then_the_defaults()
    {
        var manifest = new Dictionary<string, string> { ["unqualifiedFlagPercent"] = "40" };

        var fromManifest = Tally(Branch, TenBallots(), manifestSettings: manifest);
        var fromCampaign = Tally(Branch, TenBallots(), new Dictionary<string, string> { ["unqualifiedFlagPercent"] = "60" }, manifestSettings: manifest);

        Assert.Equal(["UNQUALIFIED_SHARE"], fromManifest.Member("c").Flags); // 40 % ≥ 40 %
        Assert.Equal(["NEGATIVE_SIGNS"], fromCampaign.Member("b").Flags);    // 50 % < 60 %
        Assert.Equal("≥ 60%", Assert.Single(fromCampaign.Details().Rules, r => r.Key == "unqualifiedFlagPercent").Value);
    }

    [Fact]
    public void An_unreadable_setting_falls_back_to_the_default_and_the_report_says_so()
    {
        var report = Tally(Branch, TenBallots(), new Dictionary<string, string> { ["excellentCapMode"] = "sometimes", ["unqualifiedFlagPercent"] = "150" });

        Assert.Equal("flag", report.Details().ExcellentCap.Mode);
        Assert.Equal(["UNQUALIFIED_SHARE", "NEGATIVE_SIGNS"], report.Member("b").Flags);
        Assert.Equal("unqualifiedFlagPercent, excellentCapMode", Assert.Single(report.Details().Rules, r => r.Key == "unreadable-settings").Value);
    }

    [Fact]
    public void A_probationary_member_is_listed_as_not_graded_and_counted_nowhere()
    {
        // A grade for 赵六 that slipped past the rules (e.g. cast before they were added) still counts nowhere.
        var report = Tally(Branch, TenBallots().Append(Ballot(Grade("p", "excellent"), Grade("a", "excellent"), Grade("b", "qualified"), Grade("c", "qualified"))));

        var zhao = report.Member("p");
        Assert.False(zhao.Graded);
        Assert.Null(zhao.Total);
        Assert.Empty(zhao.Flags);
        Assert.Equal(3, report.Details().ExcellentCap.BaseCount);
        Assert.Equal("不定等次", report.Table("summary").Row("赵六")["标记"].Text);
        Assert.Null(report.Table("summary").Row("赵六")["有效票"].Number);
        Assert.Equal("预备党员，不定等次", report.Table("feedback").Row("赵六")["测评情况"].Text);
        Assert.DoesNotContain(report.Table("groups").Rows, r => r[0].Text == "赵六");

        var unlisted = Tally(Branch, TenBallots(), new Dictionary<string, string> { ["listProbationary"] = "false" });
        Assert.DoesNotContain(unlisted.Table("summary").Rows, r => r[0].Text == "赵六");
    }

    [Theory]
    [InlineData(30, 2, "full", "1/3", 30, 10)]
    [InlineData(31, 0, "full", "1/3", 31, 10)]
    [InlineData(2, 0, "full", "1/3", 2, 0)]
    [InlineData(30, 2, "all", "1/3", 32, 10)]  // 10.67 rounds down: 不超过 1/3
    [InlineData(31, 2, "all", "1/3", 33, 11)]
    [InlineData(30, 0, "full", "0.25", 30, 7)] // 7.5 rounds down
    public void The_excellent_cap_is_the_fraction_of_the_base_rounded_down(int full, int probationary, string capBase, string fraction, int baseCount, int cap)
    {
        var subjects = Enumerable.Range(0, full).Select(i => Full($"f{i}"))
            .Concat(Enumerable.Range(0, probationary).Select(i => Probationary($"p{i}"))).ToArray();

        var result = Tally(subjects, [], new Dictionary<string, string> { ["excellentCapBase"] = capBase, ["excellentCapFraction"] = fraction })
            .Details().ExcellentCap;

        Assert.Equal((baseCount, cap), (result.BaseCount, result.Cap));
    }

    [Fact]
    public void Candidates_beyond_the_cap_are_reported_and_enforcement_is_left_to_the_decision()
    {
        // At 30 %, 张三 (60 %) and 王五 (30 %) are candidates; 3 正式党员 allow floor(3/3) = 1.
        var settings = new Dictionary<string, string> { ["excellentCandidatePercent"] = "30", ["excellentCapMode"] = "enforce" };

        var cap = Tally(Branch, TenBallots(), settings).Details().ExcellentCap;

        Assert.Equal((1, 2, true, true), (cap.Cap, cap.Candidates, cap.Exceeded, cap.EnforcedAtDecision));
        Assert.Equal(["a", "c"], cap.CandidateIds);

        var defaults = Tally(Branch, TenBallots()).Details().ExcellentCap;
        Assert.Equal((1, 1, false, false), (defaults.Cap, defaults.Candidates, defaults.Exceeded, defaults.EnforcedAtDecision));
    }

    [Fact]
    public void With_the_cap_off_there_is_no_quota()
    {
        var settings = new Dictionary<string, string> { ["excellentCandidatePercent"] = "30", ["excellentCapMode"] = "off" };

        var report = Tally(Branch, TenBallots(), settings);

        Assert.Equal((null, 2, false), (report.Details().ExcellentCap.Cap, report.Details().ExcellentCap.Candidates, report.Details().ExcellentCap.Exceeded));
        Assert.Equal("不设", report.Table("excellent-cap").Row("优秀上限")["值"].Text);
    }

    [Fact]
    public void A_member_with_fewer_valid_ballots_than_the_minimum_shows_only_how_many()
    {
        // 孙七 is graded 不合格 on both of only two ballots: 100 % would flag, but nothing about them may show.
        var subjects = Branch.Append(Full("d", "孙七")).ToArray();
        var ballots = TenBallots().Select((b, i) => i >= 2 ? b : b with
        {
            Answers = [.. b.Answers, Grade("d", "unqualified"), Problem("d", "不团结"), Signs("d", "disunity")],
        });

        var report = Tally(subjects, ballots);

        var sun = report.Member("d");
        Assert.True(sun.Total!.Suppressed);
        Assert.Equal(2, sun.Total.ValidBallots);
        Assert.All(sun.Total.Options, o => Assert.Equal((null, null), (o.Count, o.Share)));
        Assert.Empty(sun.Flags);
        Assert.True(sun.ProblemsSuppressed);
        Assert.Empty(sun.Problems);
        Assert.Null(sun.BallotsWithNegativeSigns);
        Assert.All(sun.NegativeSigns, s => Assert.Null(s.Count));
        var row = report.Table("summary").Row("孙七");
        Assert.Equal(2m, row["有效票"].Number);
        Assert.True(row["不合格（票）"].Suppressed);
        Assert.True(row["不合格（%）"].Suppressed);
        Assert.True(row["标记"].Suppressed);
        Assert.True(report.Table("feedback").Row("孙七")["存在问题"].Suppressed);
        Assert.True(Assert.Single(report.Table("problems").Rows, r => r[0].Text == "孙七")[1].Suppressed);
        Assert.True(report.Table("negative-signs").Row("孙七")["勾选任一情形的票数"].Suppressed);
    }

    [Fact]
    public void A_lone_hidden_group_cannot_be_worked_out_from_the_total()
    {
        // 党员 5 ballots and 机关干部 1 ballot, both weighted: the total (6) shows, so hiding only the 1-ballot
        // group would leave it as total − 党员. The 党员 cell is hidden too. 群众 is advisory: not in the total.
        RaterGroup[] groups = [Group("members", "党员", 1m), Group("cadres", "机关干部", 1m), Group("masses", "群众", null)];
        var ballots = Enumerable.Range(0, 5).Select(_ => Ballot("members", Grade("a", "qualified")))
            .Append(Ballot("cadres", Grade("a", "unqualified")))
            .Append(Ballot("masses", Grade("a", "excellent")));

        var zhang = Tally([Full("a", "张三")], ballots, groups: groups).Member("a");

        Assert.False(zhang.Total!.Suppressed);
        Assert.Equal(6, zhang.Total.ValidBallots);
        Assert.Equal([("members", true), ("cadres", true), ("masses", true)], zhang.Groups.Select(g => (g.GroupKey!, g.Suppressed)));

        var withoutCadres = Tally([Full("a", "张三")], ballots.Where(b => b.RaterGroup != "cadres"), groups: groups).Member("a");
        Assert.Equal([("members", false), ("masses", true)], withoutCadres.Groups.Select(g => (g.GroupKey!, g.Suppressed)));
        Assert.Equal((5, 100m), withoutCadres.Total!.Of("qualified"));
    }

    [Fact]
    public void Weighted_groups_combine_as_the_weighted_mean_of_their_shares_and_advisory_groups_stay_apart()
    {
        // 党员 (0.7): 优秀 4 of 10 = 40 %; 群众 (0.3): 优秀 5 of 5 = 100 %.
        // Total 优秀 = 0.7 × 40 + 0.3 × 100 = 58 % (pooling would give 9/15 = 60 %); 合格 = 0.7 × 60 = 42 %.
        var ballots = Enumerable.Range(0, 10).Select(i => Ballot("members", Grade("a", i < 4 ? "excellent" : "qualified")))
            .Concat(Enumerable.Range(0, 5).Select(_ => Ballot("masses", Grade("a", "excellent")))).ToArray();

        var weighted = Tally([Full("a")], ballots, groups: [Group("members", "党员", 0.7m), Group("masses", "群众", 0.3m)]).Member("a");
        var advisory = Tally([Full("a")], ballots, groups: [Group("members", "党员", 1m), Group("masses", "群众", null)]).Member("a");

        var weightedTotal = weighted.Total!;
        var advisoryTotal = advisory.Total!;
        Assert.Equal((9, 58m), weightedTotal.Of("excellent"));
        Assert.Equal((6, 42m), weightedTotal.Of("qualified"));
        Assert.Equal(15, weightedTotal.ValidBallots);
        Assert.Equal((4, 40m), advisoryTotal.Of("excellent"));
        Assert.Equal(10, advisoryTotal.ValidBallots);
        Assert.Equal((5, 100m), Assert.Single(advisory.Groups, g => g.GroupKey == "masses").Of("excellent"));
        Assert.DoesNotContain("EXCELLENT_CANDIDATE", advisory.Flags);
        Assert.Contains("EXCELLENT_CANDIDATE", weighted.Flags);
    }

    [Fact]
    public void Without_any_weighted_group_every_group_counts_alike_and_the_rules_say_so()
    {
        var report = Tally([Full("a")], Grades("a", "excellent", "qualified", "qualified"), groups: [Group("members", "党员", null)]);

        Assert.Equal((1, 33.33m), report.Member("a").Total!.Of("excellent"));
        Assert.Equal("没有设置权重的群体，全部群体等权合计", Assert.Single(report.Details().Rules, r => r.Key == "combined-total").Value);
    }

    [Fact]
    public void An_abstention_added_to_the_scale_is_counted_but_outside_the_denominator()
    {
        var questionnaire = Standard with
        {
            Scales = [.. Standard.Scales.Select(s => s.Key != "grade" ? s : s with
            {
                Options = [.. s.Options, new ScaleOption("unknown", new LocalizedText("不了解", "Don't know"), null, IsAbstain: true)],
            })],
        };

        var report = Tally([Full("a", "张三")], Grades("a", "excellent", "qualified", "unknown", "unqualified"), questionnaire: questionnaire);

        var total = report.Member("a").Total!;
        Assert.Equal(3, total.ValidBallots);
        Assert.Equal((1, 33.33m), total.Of("excellent"));
        Assert.Equal((1, null), total.Of("unknown"));
        var row = report.Table("summary").Row("张三");
        Assert.Equal(1m, row["不了解（票）"].Number);
        Assert.False(row.ContainsKey("不了解（%）"));
    }

    [Fact]
    public void Split_sheets_tally_exactly_like_whole_ballots()
    {
        var whole = TenBallots().ToArray();
        // As the host stores a bound ballot: one sheet with the per-ballot answers, one per subject, shuffled.
        var sheets = whole.SelectMany(b => b.Answers.GroupBy(a => a.SubjectId).Select(g => new AnonymousBallot(b.RaterGroup, [.. g])))
            .OrderBy(s => JsonSerializer.Serialize(s)).ToArray();
        Assert.Equal(40, sheets.Length);

        var a = Tally(Branch, whole);
        var b = Tally(Branch, sheets);

        Assert.Equal(JsonSerializer.Serialize(a.Tables), JsonSerializer.Serialize(b.Tables));
        Assert.Equal(JsonSerializer.Serialize(a.Details), JsonSerializer.Serialize(b.Details));
        Assert.Equal(a.BallotCount, b.BallotCount);
    }

    [Fact]
    public void The_warning_signs_are_counted_per_sign_over_the_members_valid_ballots()
    {
        var li = Tally(Branch, TenBallots()).Member("b");

        Assert.Equal(6, li.BallotsWithNegativeSigns);
        Assert.Equal((6, 60m), (Single(li, "lax-discipline").Count, Single(li, "lax-discipline").Share));
        Assert.Equal((2, 20m), (Single(li, "passive-slack").Count, Single(li, "passive-slack").Share));
        Assert.Equal(0, Single(li, "disunity").Count);

        static Details.OptionShare Single(Details.MemberResult member, string key) => Assert.Single(member.NegativeSigns, s => s.Key == key);
    }

    [Fact]
    public void Problems_are_listed_per_member_trimmed_and_sorted()
    {
        var report = Tally(Branch, TenBallots());

        Assert.Equal(["工作拖拉", "经常缺席组织生活"], report.Member("b").Problems);
        Assert.Equal([["李四", "工作拖拉"], ["李四", "经常缺席组织生活"]],
            report.Table("problems").Rows.Select(r => r.Select(c => c.Text).ToArray()));
    }

    [Fact]
    public void Each_member_gets_a_feedback_row_with_their_own_result()
    {
        var li = Tally(Branch, TenBallots()).Table("feedback").Row("李四");

        Assert.Equal(10m, li["有效票"].Number);
        Assert.Equal("优秀 0票（0%），合格 4票（40%），基本合格 1票（10%），不合格 5票（50%）", li["测评情况"].Text);
        Assert.Equal("纪律散漫 6票；消极懈怠 2票", li["反向情形"].Text);
        Assert.Equal("工作拖拉；经常缺席组织生活", li["存在问题"].Text);
    }

    [Fact]
    public void The_committee_is_rated_per_aspect_with_dont_know_outside_the_shares()
    {
        var report = Tally(Branch, TenBallots());

        var overall = Assert.Single(report.Details().Committee, c => c.ItemKey == "committee-overall");
        Assert.Equal(9, overall.Total.ValidBallots);
        Assert.Equal((7, 77.78m), overall.Total.Of("satisfied"));
        Assert.Equal((2, 22.22m), overall.Total.Of("basically-satisfied"));
        Assert.Equal((1, null), overall.Total.Of("unknown"));
        var row = report.Table("committee").Rows[0];
        Assert.Equal(["对党支部委员会的总体评价", "合计"], row.Take(2).Select(c => c.Text));
        Assert.Equal([9m, 7m, 77.78m, 2m, 22.22m, 0m, 0m, 1m], row.Skip(2).Select(c => c.Number));
        // Unanswered aspects are suppressed, not zero.
        Assert.True(Assert.Single(report.Details().Committee, c => c.ItemKey == "committee-service").Total.Suppressed);
    }

    [Fact]
    public void Dimension_ratings_are_tallied_per_member_when_the_template_asks_them()
    {
        var questionnaire = Type().Templates[1].Questionnaire;
        var ballots = new[] { "good", "good", "average" }.Select(r => Ballot(Grade("a", "qualified"), new Answer("ideals", "a", [r])));

        var report = Tally([Full("a", "张三")], ballots, questionnaire: questionnaire);

        var ideals = Assert.Single(report.Member("a").Dimensions, d => d.ItemKey == "ideals");
        Assert.Equal((2, 66.67m), ideals.Total.Of("good"));
        Assert.Equal((1, 33.33m), ideals.Total.Of("average"));
        Assert.Equal(66.67m, report.Table("dimensions").Rows.Single(r => r[1].Text == "理想信念")[4].Number);
    }

    [Fact]
    public void The_rules_table_names_every_rule_threshold_and_mapping_applied()
    {
        var report = Tally(Branch, TenBallots());

        var keys = report.Table("rules").Rows.Select(r => r[0].Text!).ToArray();

        Assert.Equal(
            ["grade-scale", "valid-ballots", "listProbationary", "combined-total", "unqualifiedFlagPercent", "negativeSignsFlagPercent",
             "excellentCandidatePercent", "excellentCapMode", "excellentCapFraction", "excellentCapBase", "minimum-cell-size", "shares"],
            keys);
        Assert.Equal("1/3 × 3 → 1", report.Table("rules").Row("excellentCapFraction")["取值"].Text);
        Assert.Equal("优秀=excellent；合格=qualified；基本合格=basically-qualified；不合格=unqualified",
            report.Table("rules").Row("grade-scale")["取值"].Text);
        Assert.All(report.Details().Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Fact]
    public void The_tables_come_in_a_fixed_order_and_an_empty_campaign_tallies()
    {
        var report = Tally([], []);

        Assert.Equal(["summary", "groups", "negative-signs", "problems", "committee", "excellent-cap", "feedback", "rules"],
            report.Tables.Select(t => t.Key));
        Assert.Equal(0, report.BallotCount);
        Assert.NotNull(Type().Aggregator.Aggregate(new AggregationInput(Standard, [], [], [], NoSettings), CancellationToken.None));
    }
}

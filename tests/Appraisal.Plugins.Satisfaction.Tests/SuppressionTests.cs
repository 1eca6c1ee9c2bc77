using Appraisal.PluginApi.Ballots;
using static Appraisal.Plugins.Satisfaction.Tests.Harness;

namespace Appraisal.Plugins.Satisfaction.Tests;

/// <summary>Cells with fewer valid answers than the minimum are withheld everywhere (DESIGN §6).</summary>
public sealed class SuppressionTests
{
    private static readonly Subject[] Windows = [Subject("w1", "一号窗口"), Subject("w2", "二号窗口")];

    [Fact]
    public void A_small_item_shows_no_numbers_no_distribution_no_reasons_and_no_complaints()
    {
        // 服务态度: 满意 and 不满意 (with reason) plus three 不了解: 2 valid < 3.
        var report = Tally(Template("government-service"),
        [
            Ballot(Choose("attitude", "satisfied"), Choose("efficiency", "satisfied")),
            Ballot(Choose("attitude", "dissatisfied"), Write("attitude-reason", "态度差"), Choose("efficiency", "satisfied")),
            Ballot(Choose("attitude", "unknown"), Choose("efficiency", "satisfied")),
            Ballot(Choose("attitude", "unknown"), Choose("efficiency", "satisfied")),
            Ballot(Choose("attitude", "unknown"), Choose("efficiency", "dissatisfied"), Write("efficiency-reason", "慢")),
        ]);

        var details = Details(report);
        var attitude = Item(details, "attitude");
        Assert.True(attitude.Suppressed);
        Assert.All([attitude.Valid, attitude.Answered, attitude.Abstained, attitude.Satisfied], Assert.Null);
        Assert.Null(attitude.SatisfactionRate);
        Assert.Null(attitude.Score);
        Assert.Empty(attitude.Distribution);
        Assert.Equal(["efficiency"], details.Complaints.Select(c => c.ItemKey));
        Assert.DoesNotContain(details.Comments, g => g.ItemKey == "attitude-reason" && !g.Suppressed);

        var row = Table(report, "items").Rows.Single(r => r[0].Text == "服务态度");
        Assert.All(row.Skip(1).Take(5), c => Assert.True(c.Suppressed));
        Assert.All(Table(report, "distribution").Rows.Where(r => r[0].Text == "服务态度"), r => Assert.True(r[2].Suppressed));
        Assert.DoesNotContain(Table(report, "complaints").Rows, r => r[3].Text == "态度差");
        Assert.Equal(1, details.Overall.ItemsCombined);
    }

    [Fact]
    public void A_subject_rated_by_too_few_is_withheld_while_the_item_across_subjects_is_shown()
    {
        // w1: 3 valid; w2: 2 valid (one 不满意 with a reason); w3: 1 valid. The hidden subjects together have 3.
        AnonymousBallot[] ballots =
        [
            Ballot(Choose("attitude", "satisfied", "w1"), Choose("attitude", "dissatisfied", "w2"), Write("attitude-reason", "离岗", "w2"),
                Choose("attitude", "satisfied", "w3")),
            Ballot(Choose("attitude", "very-satisfied", "w1"), Choose("attitude", "satisfied", "w2")),
            Ballot(Choose("attitude", "dissatisfied", "w1"), Write("attitude-reason", "不耐烦", "w1"), Choose("attitude", "unknown", "w2")),
        ];

        var details = Details(Tally(Template("service-windows"), ballots, subjects: [.. Windows, Subject("w3", "三号窗口")]));

        var w1 = details.Subjects.Single(s => s.SubjectId == "w1");
        var w2 = details.Subjects.Single(s => s.SubjectId == "w2");
        var w1Attitude = w1.Items.Single(i => i.ItemKey == "attitude");
        Assert.Equal((3, 66.67m, 70m), (w1Attitude.Valid!.Value, w1Attitude.SatisfactionRate!.Value, w1Attitude.Score!.Value));
        Assert.True(w2.Items.Single(i => i.ItemKey == "attitude").Suppressed);
        Assert.True(w2.Overall.Suppressed);
        Assert.Equal(70m, w1.Overall.Score);

        // Across subjects: 满意, 非常满意, 不满意 | 不满意, 满意 | 满意 → 4 ÷ 6 = 66.67 %, (80 + 100 + 30 + 30 + 80 + 80) ÷ 6 = 66.67.
        var pooled = Item(details, "attitude");
        Assert.Equal((6, 66.67m, 66.67m), (pooled.Valid!.Value, pooled.SatisfactionRate!.Value, pooled.Score!.Value));
        Assert.Equal([("w1", "不耐烦")], details.Complaints.Select(c => (c.SubjectId!, c.Reason!)));
    }

    [Fact]
    public void The_total_over_subjects_is_hidden_when_it_would_give_a_small_subject_away()
    {
        // w1: 3 valid, w2: 2 valid. Total minus w1 would be w2, so the total is withheld as well.
        AnonymousBallot[] ballots =
        [
            Ballot(Choose("attitude", "satisfied", "w1"), Choose("attitude", "dissatisfied", "w2"), Write("attitude-reason", "离岗", "w2")),
            Ballot(Choose("attitude", "very-satisfied", "w1"), Choose("attitude", "satisfied", "w2")),
            Ballot(Choose("attitude", "satisfied", "w1")),
        ];

        var details = Details(Tally(Template("service-windows"), ballots, subjects: Windows));

        Assert.False(details.Subjects.Single(s => s.SubjectId == "w1").Items.Single(i => i.ItemKey == "attitude").Suppressed);
        Assert.True(Item(details, "attitude").Suppressed);
        Assert.True(details.Overall.Suppressed);
    }

    [Fact]
    public void Comments_of_a_small_group_are_withheld()
    {
        var report = Details(Tally(Template("government-service"),
        [
            Ballot(Choose("attitude", "satisfied"), Write("suggestions", "只有我们俩")),
            Ballot(Choose("attitude", "satisfied")),
        ]));

        var group = Assert.Single(report.Comments);
        Assert.True(group.Suppressed);
        Assert.Null(group.Total);
        Assert.Empty(group.Texts);
    }

    [Fact]
    public void An_empty_campaign_gives_an_empty_report_without_failing()
    {
        var report = Tally(Template("government-service"), []);

        Assert.Equal(0, report.BallotCount);
        Assert.True(Details(report).Overall.Suppressed);
        Assert.All(Details(report).Items, i => Assert.True(i.Suppressed));
        Assert.Equal(["items", "distribution", "comments", "complaints", "mapping", "rules"], report.Tables.Select(t => t.Key));
    }
}

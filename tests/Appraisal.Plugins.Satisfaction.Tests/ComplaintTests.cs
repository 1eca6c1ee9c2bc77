using Appraisal.PluginApi.Ballots;
using static Appraisal.Plugins.Satisfaction.Tests.Harness;

namespace Appraisal.Plugins.Satisfaction.Tests;

/// <summary>Each 差评 (不满意 / 非常不满意, DOMAIN §2.3) is listed with its reason and a stable key.</summary>
public sealed class ComplaintTests
{
    private static readonly Appraisal.PluginApi.Questionnaires.Questionnaire Service = Template("government-service");

    private static AnonymousBallot[] Ballots() =>
    [
        Ballot(Choose("attitude", "dissatisfied"), Write("attitude-reason", "窗口排队时间太长")),
        Ballot(Choose("attitude", "very-dissatisfied"), Write("attitude-reason", "  态度  生硬 ")),
        Ballot(Choose("attitude", "dissatisfied"), Write("attitude-reason", "窗口排队时间太长")),
        Ballot(Choose("attitude", "satisfied")),
        Ballot(Choose("attitude", "very-satisfied"), Choose("efficiency", "dissatisfied"), Write("efficiency-reason", "材料要交三遍")),
        Ballot(Choose("efficiency", "satisfied")),
        Ballot(Choose("efficiency", "satisfied")),
    ];

    [Fact]
    public void Each_complaint_is_listed_with_item_option_and_reason_in_a_fixed_order()
    {
        var complaints = Details(Tally(Service, Ballots())).Complaints;

        Assert.Equal(
            [
                ("attitude", "不满意", "窗口排队时间太长"),
                ("attitude", "不满意", "窗口排队时间太长"),
                ("attitude", "非常不满意", "态度 生硬"),
                ("efficiency", "不满意", "材料要交三遍"),
            ],
            complaints.Select(c => (c.ItemKey, c.OptionLabel, c.Reason!)));
        Assert.All(complaints, c => Assert.Null(c.SubjectId));
        Assert.Equal(4, complaints.Select(c => c.Key).Distinct().Count());
    }

    [Fact]
    public void Keys_do_not_depend_on_the_order_or_the_other_ballots()
    {
        var keys = Details(Tally(Service, Ballots())).Complaints.Select(c => c.Key).ToArray();
        var reversed = Details(Tally(Service, [.. Ballots().Reverse()])).Complaints.Select(c => c.Key).ToArray();
        var more = Details(Tally(Service, [Ballot(Choose("attitude", "dissatisfied"), Write("attitude-reason", "没人指引")), .. Ballots()]))
            .Complaints.Select(c => c.Key).ToArray();

        Assert.Equal(keys, reversed);
        Assert.Equal(5, more.Length);
        Assert.Subset(more.ToHashSet(), keys.ToHashSet());
    }

    [Fact]
    public void Keys_are_a_hash_of_content_and_occurrence_only()
    {
        var complaints = Details(Tally(Service, Ballots())).Complaints;

        Assert.Equal(Aggregation.ComplaintKey.Of("attitude", null, "dissatisfied", "窗口排队时间太长", 0), complaints[0].Key);
        Assert.Equal(Aggregation.ComplaintKey.Of("attitude", null, "dissatisfied", "窗口排队时间太长", 1), complaints[1].Key);
        Assert.Matches("^c-[0-9a-f]{24}$", complaints[0].Key);
        Assert.NotEqual(Aggregation.ComplaintKey.Of("a", "b", "c", null, 0), Aggregation.ComplaintKey.Of("a", "b", "c", "", 0));
    }

    [Fact]
    public void Reasons_of_complaints_are_not_repeated_among_the_comments()
    {
        var report = Details(Tally(Service, Ballots()));

        Assert.DoesNotContain(report.Comments, g => g.ItemKey.EndsWith("-reason", StringComparison.Ordinal));
    }

    [Fact]
    public void The_complaints_table_has_item_subject_answer_reason_and_key_and_nothing_else()
    {
        var report = Tally(Service, Ballots());

        var table = Table(report, "complaints");
        Assert.Equal(["指标", "评价对象", "评价", "原因", "编号"], table.Columns.Select(c => c.ZhCn));
        Assert.Equal(["服务态度", "", "不满意", "窗口排队时间太长", Details(report).Complaints[0].Key], table.Rows[0].Select(c => c.Text));
    }

    [Fact]
    public void Which_options_are_complaints_is_a_setting()
    {
        var report = Details(Tally(Service, Answers("attitude", "basically-satisfied", "dissatisfied", "satisfied"),
            Given(("complaints.options", "basically-satisfied,dissatisfied"))));

        Assert.Equal(["basically-satisfied", "dissatisfied"], report.Complaints.Select(c => c.OptionKey));
        Assert.Null(report.Complaints[0].Reason);
    }

    [Fact]
    public void Per_subject_complaints_name_the_subject_and_take_that_subjects_reason()
    {
        Appraisal.PluginApi.Ballots.Subject[] windows = [Subject("w1", "一号窗口"), Subject("w2", "二号窗口")];
        AnonymousBallot[] ballots =
        [
            Ballot(Choose("attitude", "dissatisfied", "w1"), Write("attitude-reason", "说话不耐烦", "w1"), Choose("attitude", "satisfied", "w2")),
            Ballot(Choose("attitude", "satisfied", "w1"), Choose("attitude", "very-dissatisfied", "w2"), Write("attitude-reason", "离岗", "w2")),
            Ballot(Choose("attitude", "satisfied", "w1"), Choose("attitude", "satisfied", "w2")),
        ];

        var complaints = Details(Tally(Template("service-windows"), ballots, subjects: windows)).Complaints;

        Assert.Equal([("w1", "一号窗口", "说话不耐烦"), ("w2", "二号窗口", "离岗")], complaints.Select(c => (c.SubjectId!, c.SubjectName!, c.Reason!)));
    }
}

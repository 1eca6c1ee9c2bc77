using Appraisal.PluginApi.Ballots;
using static Appraisal.Plugins.Satisfaction.Tests.Harness;

namespace Appraisal.Plugins.Satisfaction.Tests;

/// <summary>Every listed 差评 is a follow-up item of the report (contract 1.1), due within the configured working days.</summary>
public sealed class FollowUpTests
{
    private static readonly AnonymousBallot[] Ballots =
    [
        Ballot(Choose("attitude", "dissatisfied"), Write("attitude-reason", "窗口排队时间太长")),
        Ballot(Choose("attitude", "very-dissatisfied"), Write("attitude-reason", "态度生硬")),
        Ballot(Choose("attitude", "satisfied")),
        Ballot(Choose("efficiency", "dissatisfied"), Write("efficiency-reason", "材料要交三遍")),
        Ballot(Choose("efficiency", "satisfied")),
        Ballot(Choose("efficiency", "very-satisfied")),
    ];

    [Fact]
    public void Each_complaint_is_a_follow_up_with_its_key_question_reason_and_answer()
    {
        var report = Tally(Template("government-service"), Ballots);

        Assert.Equal(Details(report).Complaints.Select(c => c.Key), report.FollowUps.Select(f => f.Key));
        Assert.Equal(
            [
                ("服务态度", "Attitude of staff", "窗口排队时间太长", "不满意"),
                ("服务态度", "Attitude of staff", "态度生硬", "非常不满意"),
                ("办事效率", "Efficiency", "材料要交三遍", "不满意"),
            ],
            report.FollowUps.Select(f => (f.Title.ZhCn, f.Title.En, f.Detail!, f.OptionLabel!.ZhCn)));
        Assert.All(report.FollowUps, f => Assert.Null(f.SubjectId));
    }

    [Fact]
    public void The_deadline_is_15_working_days_unless_the_campaign_or_the_site_says_otherwise()
    {
        var service = Template("government-service");

        Assert.Equal(15, Tally(service, Ballots).FollowUpDeadlineWorkingDays);
        Assert.Equal(10, Tally(service, Ballots, Given(("complaints.deadline-working-days", "10"))).FollowUpDeadlineWorkingDays);
        var site = CreateType(Given(("complaints.deadline-working-days", "20")));
        Assert.Equal(20, Tally(service, Ballots, type: site).FollowUpDeadlineWorkingDays);
        Assert.Equal(15, Tally(service, Ballots, Given(("complaints.deadline-working-days", "0"))).FollowUpDeadlineWorkingDays);
    }

    [Fact]
    public void A_complaint_about_a_window_names_it()
    {
        Subject[] windows = [Subject("w1", "一号窗口"), Subject("w2", "二号窗口")];
        AnonymousBallot[] ballots =
        [
            Ballot(Choose("attitude", "dissatisfied", "w1"), Write("attitude-reason", "说话不耐烦", "w1"), Choose("attitude", "satisfied", "w2")),
            Ballot(Choose("attitude", "satisfied", "w1"), Choose("attitude", "satisfied", "w2")),
            Ballot(Choose("attitude", "satisfied", "w1"), Choose("attitude", "satisfied", "w2")),
        ];

        var item = Assert.Single(Tally(Template("service-windows"), ballots, subjects: windows).FollowUps);

        Assert.Equal(("w1", "一号窗口", "说话不耐烦"), (item.SubjectId!, item.SubjectName!, item.Detail!));
    }

    [Fact]
    public void A_complaint_in_a_cell_too_small_to_show_is_not_followed_up_either()
    {
        // 服务态度 has two valid answers (< 3): its 差评 and reason are withheld, so nobody can read who wrote it.
        var report = Tally(Template("government-service"),
        [
            Ballot(Choose("attitude", "dissatisfied"), Write("attitude-reason", "态度差"), Choose("efficiency", "satisfied")),
            Ballot(Choose("attitude", "satisfied"), Choose("efficiency", "satisfied")),
            Ballot(Choose("efficiency", "dissatisfied"), Write("efficiency-reason", "慢")),
        ]);

        Assert.Equal(["慢"], report.FollowUps.Select(f => f.Detail));
    }

    [Fact]
    public void Follow_up_items_carry_no_ballot_reference()
    {
        // What a follow-up item can hold at all: any new property must be checked against DESIGN §6 first.
        Assert.Equal(
            ["Detail", "Key", "OptionLabel", "SubjectId", "SubjectName", "Title"],
            typeof(PluginApi.Reports.FollowUpItem).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
    }
}

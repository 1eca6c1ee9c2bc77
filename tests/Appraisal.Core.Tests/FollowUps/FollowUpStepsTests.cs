using Appraisal.Core.Campaigns;
using Appraisal.Core.FollowUps;

namespace Appraisal.Core.Tests.FollowUps;

/// <summary>待核实 → 核实 → 整改 → 回访 → 办结, one step at a time; 核实 → 办结 only with a note; never backwards.</summary>
public sealed class FollowUpStepsTests
{
    private static readonly (FollowUpStatus From, FollowUpStatus To)[] Allowed =
    [
        (FollowUpStatus.Pending, FollowUpStatus.Verifying),
        (FollowUpStatus.Verifying, FollowUpStatus.Rectifying),
        (FollowUpStatus.Rectifying, FollowUpStatus.Revisiting),
        (FollowUpStatus.Revisiting, FollowUpStatus.Closed),
        (FollowUpStatus.Verifying, FollowUpStatus.Closed), // 核实不实
    ];

    public static TheoryData<FollowUpStatus, FollowUpStatus> EveryPair()
    {
        var data = new TheoryData<FollowUpStatus, FollowUpStatus>();
        foreach (var from in Enum.GetValues<FollowUpStatus>())
        {
            foreach (var to in Enum.GetValues<FollowUpStatus>())
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPair))]
    public void Exactly_the_five_forward_moves_are_allowed(FollowUpStatus from, FollowUpStatus to)
    {
        var allowed = Allowed.Contains((from, to));

        Assert.Equal(allowed, FollowUpSteps.IsAllowed(from, to));
        if (allowed)
        {
            FollowUpSteps.Check(from, to, "已核实并答复");
        }
        else
        {
            var problem = Assert.Throws<CampaignProblem>(() => FollowUpSteps.Check(from, to, "已核实并答复"));
            Assert.Equal(("FOLLOW_UP_WRONG_STEP", "to"), (problem.Code, problem.Field));
        }
    }

    [Theory]
    [InlineData(FollowUpStatus.Revisiting, null)]
    [InlineData(FollowUpStatus.Revisiting, "")]
    [InlineData(FollowUpStatus.Verifying, null)]
    public void Closing_without_a_note_is_refused(FollowUpStatus from, string? note)
    {
        var problem = Assert.Throws<CampaignProblem>(() => FollowUpSteps.Check(from, FollowUpStatus.Closed, note));

        Assert.Equal(("FOLLOW_UP_NOTE_REQUIRED", "note"), (problem.Code, problem.Field));
        Assert.Contains(from == FollowUpStatus.Verifying ? "核实不实" : "整改", problem.Text.ZhCn, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_other_move_needs_no_note()
    {
        foreach (var (from, to) in Allowed.Where(m => m.To != FollowUpStatus.Closed))
        {
            FollowUpSteps.Check(from, to, null);
        }
    }

    [Fact]
    public void A_wrong_step_says_which_step_is_next_in_both_languages()
    {
        var skip = Assert.Throws<CampaignProblem>(() => FollowUpSteps.Check(FollowUpStatus.Pending, FollowUpStatus.Rectifying, null));
        var back = Assert.Throws<CampaignProblem>(() => FollowUpSteps.Check(FollowUpStatus.Rectifying, FollowUpStatus.Verifying, null));
        var done = Assert.Throws<CampaignProblem>(() => FollowUpSteps.Check(FollowUpStatus.Closed, FollowUpStatus.Closed, "again"));

        Assert.Equal("差评当前为“待核实”，不能改为“整改中”：下一步只能是“核实中”。", skip.Text.ZhCn);
        Assert.Equal("The follow-up is rectifying; it cannot move to verifying: the next step is revisiting.", back.Text.En);
        Assert.Equal("该差评已办结，不能再改变状态。", done.Text.ZhCn);
    }
}

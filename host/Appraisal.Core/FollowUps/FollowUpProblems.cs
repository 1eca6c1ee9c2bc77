using Appraisal.Core.Campaigns;

namespace Appraisal.Core.FollowUps;

/// <summary>The refusals of the follow-up workflow, with stable codes and the input field at fault.</summary>
internal static class FollowUpProblems
{
    public static CampaignProblem NotFound(string key) =>
        new("FOLLOW_UP_NOT_FOUND", new($"此活动没有编号为 {key} 的差评。", $"The campaign has no follow-up item {key}."), "key");

    public static CampaignProblem Withdrawn(string key) =>
        new("FOLLOW_UP_WITHDRAWN",
            new($"差评 {key} 在重新计票后已不在报告中，不能再办理。", $"Follow-up item {key} is no longer in the report since a re-tally; it cannot be moved."),
            "key");

    public static CampaignProblem WrongStep(FollowUpStatus from, FollowUpStatus to)
    {
        var zhFrom = FollowUpStatusText.ZhCn(from);
        var zhTo = FollowUpStatusText.ZhCn(to);
        if (from == FollowUpStatus.Closed)
        {
            return new("FOLLOW_UP_WRONG_STEP", new("该差评已办结，不能再改变状态。", "The follow-up is closed; its status cannot change."), "to");
        }

        var next = from + 1;
        var shortcut = from == FollowUpStatus.Verifying;
        return new(
            "FOLLOW_UP_WRONG_STEP",
            new(
                $"差评当前为“{zhFrom}”，不能改为“{zhTo}”：下一步只能是“{FollowUpStatusText.ZhCn(next)}”" +
                (shortcut ? "，或核实不实时填写说明直接办结。" : "。"),
                $"The follow-up is {FollowUpStatusText.Stored(from)}; it cannot move to {FollowUpStatusText.Stored(to)}: the next step is " +
                $"{FollowUpStatusText.Stored(next)}" + (shortcut ? ", or closed with a note when the 差评 proved unfounded." : ".")),
            "to");
    }

    public static CampaignProblem NoteRequired(FollowUpStatus from) =>
        new(
            "FOLLOW_UP_NOTE_REQUIRED",
            from == FollowUpStatus.Verifying
                ? new("办结须填写说明：核实不实的，请写明核实情况。", "Closing needs a note: say what verification found when the 差评 proved unfounded.")
                : new("办结须填写说明：请写明整改和回访情况。", "Closing needs a note: say how it was put right and what the revisit found."),
            "note");

    public static CampaignProblem NoteTooLong() =>
        CampaignProblem.Invalid("note", $"说明最多 {FollowUpSteps.MaxNoteLength} 个字符。", $"The note is at most {FollowUpSteps.MaxNoteLength} characters.");
}

using Appraisal.Core.Campaigns;

namespace Appraisal.Core.FollowUps;

/// <summary>
/// The moves a follow-up may make: one step forward (待核实 → 核实 → 整改 → 回访 → 办结), or from 核实 straight to
/// 办结 when the 差评 proved unfounded (核实不实). Nothing moves backwards or out of 办结, and 办结 always needs a
/// note saying how it was settled, so a closed 差评 can be answered for (回复率 100 %, S33).
/// </summary>
public static class FollowUpSteps
{
    /// <summary>Most characters of a note.</summary>
    public const int MaxNoteLength = 500;

    /// <summary>True when a follow-up in <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool IsAllowed(FollowUpStatus from, FollowUpStatus to) =>
        (from != FollowUpStatus.Closed && to == from + 1) || (from == FollowUpStatus.Verifying && to == FollowUpStatus.Closed);

    /// <summary>True when the move needs a non-blank note: every move to 办结.</summary>
    public static bool NeedsNote(FollowUpStatus to) => to == FollowUpStatus.Closed;

    /// <summary>Throws the problem the client sees unless the move is allowed with this note (already trimmed, null when blank).</summary>
    /// <exception cref="CampaignProblem"><c>FOLLOW_UP_WRONG_STEP</c> or <c>FOLLOW_UP_NOTE_REQUIRED</c>.</exception>
    public static void Check(FollowUpStatus from, FollowUpStatus to, string? note)
    {
        if (!IsAllowed(from, to))
        {
            throw FollowUpProblems.WrongStep(from, to);
        }

        if (NeedsNote(to) && string.IsNullOrWhiteSpace(note))
        {
            throw FollowUpProblems.NoteRequired(from);
        }
    }
}

namespace Appraisal.Core.FollowUps;

/// <summary>
/// Where a 差评 stands in its follow-up (DOMAIN §2.3, §2.6: 差评 → 核实 → 整改 → 回访 → 办结, S30 S33 S34). It moves
/// one step forward at a time; only a 差评 found unfounded while being verified (核实不实) goes straight to
/// <see cref="Closed"/>. See <see cref="FollowUpSteps"/>.
/// </summary>
public enum FollowUpStatus
{
    /// <summary>待核实: listed by the tally, nobody has looked at it yet.</summary>
    Pending,

    /// <summary>核实: checking what happened.</summary>
    Verifying,

    /// <summary>整改: putting it right.</summary>
    Rectifying,

    /// <summary>回访: going back to ask whether it is right now.</summary>
    Revisiting,

    /// <summary>办结: settled, with a note saying how.</summary>
    Closed,
}

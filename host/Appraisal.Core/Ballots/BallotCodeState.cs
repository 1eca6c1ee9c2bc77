namespace Appraisal.Core.Ballots;

/// <summary>
/// Where an issued ballot code is in its one-time life. A code only ever moves forward, and the moves allowed
/// are listed in <see cref="BallotCodeTransitions"/>.
/// </summary>
public enum BallotCodeState
{
    /// <summary>未用: issued and not yet used; it opens a ballot.</summary>
    Unused,

    /// <summary>已用: a ballot was cast with it, in the same transaction that appended the ballot. It opens nothing.</summary>
    Spent,

    /// <summary>作废: withdrawn before use (a lost slip, a surplus slip, a campaign that closed); it opens nothing.</summary>
    Voided,
}

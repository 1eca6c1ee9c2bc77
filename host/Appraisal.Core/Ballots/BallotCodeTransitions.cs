namespace Appraisal.Core.Ballots;

/// <summary>
/// The state changes a ballot code may make: an unused code is either spent by casting its ballot or voided,
/// and nothing leaves spent or voided. Refusing Spent → Spent is what makes a code one-time: a second
/// submission of the same code must fail rather than be counted twice.
/// </summary>
public static class BallotCodeTransitions
{
    /// <summary>True when a code in state <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    public static bool IsAllowed(BallotCodeState from, BallotCodeState to) =>
        from == BallotCodeState.Unused && to is BallotCodeState.Spent or BallotCodeState.Voided;

    /// <summary>Throws unless a code in state <paramref name="from"/> may move to <paramref name="to"/>.</summary>
    /// <exception cref="InvalidOperationException">The change is not allowed; the message says why.</exception>
    public static void EnsureAllowed(BallotCodeState from, BallotCodeState to)
    {
        if (!IsAllowed(from, to))
        {
            throw new InvalidOperationException(Refusal(from, to));
        }
    }

    private static string Refusal(BallotCodeState from, BallotCodeState to) => from switch
    {
        BallotCodeState.Spent => "This ballot code has already been used to cast a ballot; it cannot be used or voided again.",
        BallotCodeState.Voided => "This ballot code has been voided; it cannot be used or voided again.",
        _ => $"A ballot code cannot change from {from} to {to}.",
    };
}

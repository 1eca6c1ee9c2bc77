namespace Appraisal.Core.Ballots;

/// <summary>
/// A ballot code as issued for a campaign: the code, the rater group whose ballot it opens, and optionally the
/// subjects its holder must rate. It names no person on purpose: codes are handed out at random, and once its
/// ballot is cast nothing links the ballot back to the code (DESIGN.md §6).
/// </summary>
public sealed record IssuedCode
{
    /// <param name="code">The code printed on the slip or sent as a link.</param>
    /// <param name="raterGroupKey">The key of the rater group the holder votes in, stored with the ballot.</param>
    /// <param name="boundSubjectIds">The subjects this holder must rate (balanced peer assignment); empty when
    /// the holder rates every subject the campaign shows to the group.</param>
    /// <param name="state">The code's state; a newly issued code is unused.</param>
    public IssuedCode(
        BallotCode code,
        string raterGroupKey,
        IReadOnlyList<string>? boundSubjectIds = null,
        BallotCodeState state = BallotCodeState.Unused)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(raterGroupKey);
        var subjects = boundSubjectIds?.ToArray() ?? [];
        if (subjects.Any(string.IsNullOrWhiteSpace) || subjects.Distinct(StringComparer.Ordinal).Count() != subjects.Length)
        {
            throw new ArgumentException("Bound subject ids must be non-empty and distinct.", nameof(boundSubjectIds));
        }

        Code = code;
        RaterGroupKey = raterGroupKey;
        BoundSubjectIds = subjects;
        State = state;
    }

    public BallotCode Code { get; }

    public string RaterGroupKey { get; }

    /// <summary>The subjects the holder must rate, in the order issued; empty when the code is not bound.</summary>
    public IReadOnlyList<string> BoundSubjectIds { get; }

    public BallotCodeState State { get; private init; }

    /// <summary>True when the holder rates only <see cref="BoundSubjectIds"/>.</summary>
    public bool IsBound => BoundSubjectIds.Count > 0;

    /// <summary>The code after its ballot is cast.</summary>
    /// <exception cref="InvalidOperationException">The code is already spent or voided.</exception>
    public IssuedCode Spend() => MoveTo(BallotCodeState.Spent);

    /// <summary>The code after it is withdrawn unused.</summary>
    /// <exception cref="InvalidOperationException">The code is already spent or voided.</exception>
    public IssuedCode Void() => MoveTo(BallotCodeState.Voided);

    private IssuedCode MoveTo(BallotCodeState next)
    {
        BallotCodeTransitions.EnsureAllowed(State, next);
        return this with { State = next };
    }
}

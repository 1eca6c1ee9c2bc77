namespace Appraisal.Core.Ballots;

/// <summary>The outcome of <see cref="BoxVerifier"/>: OK when <see cref="Problems"/> is empty.</summary>
public sealed record BoxVerification(int Campaigns, long BallotsCast, IReadOnlyList<string> Problems)
{
    public bool IsOk => Problems.Count == 0;
}

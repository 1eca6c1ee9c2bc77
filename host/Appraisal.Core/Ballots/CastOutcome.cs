using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Ballots;

/// <summary>The result of casting: a receipt, or the problems that kept the ballot out (then nothing was stored).</summary>
public sealed record CastOutcome(BallotReceipt? Receipt, IReadOnlyList<BallotProblem> Problems)
{
    public bool Accepted => Receipt is not null;

    internal static CastOutcome Refused(IReadOnlyList<BallotProblem> problems) => new(null, problems);
}

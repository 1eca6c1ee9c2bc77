namespace Appraisal.PluginApi.Ballots;

/// <summary>
/// The rules of an appraisal type for a single ballot, checked after the host has checked the answers
/// against the questionnaire (known items, options on the scale, required items, conditions).
/// </summary>
public interface IBallotRules
{
    /// <summary>Every problem with the ballot; empty when it may be cast. Must not throw for any input.</summary>
    IReadOnlyList<BallotProblem> Check(BallotCheck check);
}

using Appraisal.PluginApi.Ballots;

namespace Appraisal.Plugins.Satisfaction;

/// <summary>A survey ballot needs nothing beyond the questionnaire's own checks (scale, required items, conditions).</summary>
internal sealed class NoAdditionalRules : IBallotRules
{
    public IReadOnlyList<BallotProblem> Check(BallotCheck check) => Array.Empty<BallotProblem>();
}

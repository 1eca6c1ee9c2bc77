using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// In 机关互评 an agency must not rate itself: a ballot of the <c>peer-agencies</c> group issued by an agency
/// carries that agency as <c>self</c> in the settings, and answers about it are rejected.
/// </summary>
internal sealed class AgencyRules : IBallotRules
{
    public IReadOnlyList<BallotProblem> Check(BallotCheck check)
    {
        if (!check.Settings.TryGetValue("self", out var self))
        {
            return Array.Empty<BallotProblem>();
        }

        return check.Ballot.Answers
            .Where(a => a.SubjectId == self && a.OptionKeys.Count > 0)
            .Select(a => new BallotProblem("SELF_RATING",
                new LocalizedText("不能评议本单位。", "An agency cannot rate itself."), a.ItemKey, a.SubjectId))
            .ToArray();
    }
}

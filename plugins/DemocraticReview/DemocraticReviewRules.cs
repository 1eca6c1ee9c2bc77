using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// Rules of the 民主测评 ballot beyond the questionnaire: 预备党员 rate others but are not graded (DOMAIN §1.4),
/// so a ballot must not grade a probationary member.
/// </summary>
internal sealed class DemocraticReviewRules : IBallotRules
{
    public IReadOnlyList<BallotProblem> Check(BallotCheck check)
    {
        var probationary = check.Subjects
            .Where(s => s.Attribute("membership") == "probationary")
            .Select(s => s.Id)
            .ToHashSet(StringComparer.Ordinal);

        return check.Ballot.Answers
            .Where(a => a.ItemKey == DemocraticReviewTemplate.GradeItem && a.SubjectId is not null
                && probationary.Contains(a.SubjectId) && a.OptionKeys.Count > 0)
            .Select(a => new BallotProblem(
                "PROBATIONARY_NOT_GRADED",
                new LocalizedText("预备党员不评定等次。", "Probationary members are not graded."),
                a.ItemKey,
                a.SubjectId))
            .ToArray();
    }
}

using Appraisal.Core.Campaigns;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Ballots;

/// <summary>
/// What casting needs of a campaign, read once and reused while its revision stays the same: a busy campaign
/// takes thousands of ballots a second and its questionnaire, subjects and groups do not change while it is open.
/// </summary>
internal sealed record CastingSnapshot(
    Campaign Campaign,
    IReadOnlyList<Subject> Subjects,
    IReadOnlyDictionary<string, Subject> SubjectsById,
    IReadOnlyList<CampaignRaterGroup> Groups)
{
    /// <summary>The subjects an unbound ballot rates (<see cref="SubjectRoles.IsRated"/>), in roster order.</summary>
    public IReadOnlyList<Subject> RatedSubjects { get; } = [.. Subjects.Where(SubjectRoles.IsRated)];

    /// <summary>The numbering compact sheets of this campaign are stored in: its questionnaire and its whole roster.</summary>
    public SheetKeys Keys { get; } = SheetKeys.Of(Campaign.Questionnaire, Subjects);
}

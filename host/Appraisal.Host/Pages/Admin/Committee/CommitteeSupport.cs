using Appraisal.Core.Campaigns;
using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Host.Pages.Admin.Committee;

/// <summary>
/// Where 组织评定 applies: 民主评议党员 campaigns (DOMAIN §1.3 step 5), whose per-member grade scale the committee
/// grades on. The service would accept any per-subject choice scale, but grading agencies or survey items by
/// committee means nothing, so the console offers it for that type only.
/// </summary>
public static class CommitteeSupport
{
    public const string TypeKey = "democratic-review";

    public static bool Applies(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return campaign.TypeKey == TypeKey;
    }

    /// <summary>The grades the committee may give: the scale's options but 不了解 / 弃权, which are no grade.</summary>
    public static IReadOnlyList<ScaleOption> Grades(Campaign campaign, CommitteeGrades grades)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(grades);
        return [.. campaign.Questionnaire.FindScale(grades.ScaleKey)?.Options.Where(o => !o.IsAbstain) ?? []];
    }

    /// <summary>预备党员 are listed but never graded (DOMAIN §1.4).</summary>
    public static bool IsProbationary(Appraisal.PluginApi.Ballots.Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Attribute("membership") == "probationary";
    }
}

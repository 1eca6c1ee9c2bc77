using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// Which subjects a ballot asks about. 预备党员 (<c>membership=probationary</c>) rate others but are not graded
/// (DOMAIN §1.4), and any subject marked <c>rated=false</c> (an agency that only rates, say) is left off ballots
/// too; both still count as raters in a balanced peer draw.
/// </summary>
public static class SubjectRoles
{
    public static bool IsRated(Subject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Attribute("membership") != "probationary" && subject.Attribute("rated") != "false";
    }
}

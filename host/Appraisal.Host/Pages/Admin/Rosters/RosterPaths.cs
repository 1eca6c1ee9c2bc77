namespace Appraisal.Host.Pages.Admin.Rosters;

/// <summary>The address of a campaign's subjects page.</summary>
public static class RosterPaths
{
    public static string Subjects(string campaignId) => $"/admin/campaigns/{Uri.EscapeDataString(campaignId)}/subjects";
}

namespace Appraisal.Host.Pages.Admin.Codes;

/// <summary>The address of a campaign's codes page.</summary>
public static class CodesPaths
{
    public static string Codes(string campaignId) => $"/admin/campaigns/{Uri.EscapeDataString(campaignId)}/codes";
}

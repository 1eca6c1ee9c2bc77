namespace Appraisal.Host.Pages.Surveys;

/// <summary>The address of a campaign's public survey page (DESIGN §4), which links and QR codes point at.</summary>
public static class SurveyPaths
{
    public static string For(string campaignId)
    {
        ArgumentNullException.ThrowIfNull(campaignId);
        return "/s/" + Uri.EscapeDataString(campaignId);
    }
}

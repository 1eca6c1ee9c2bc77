using System.Text.RegularExpressions;
using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages;

/// <summary>What the public survey page tests share: filling the 满意度测评 form, and the campaign's turnout.</summary>
internal static partial class PublicSurveys
{
    public const string Overall = "整体满意度";

    /// <summary>The form as posted with every choice question answered <paramref name="label"/>.</summary>
    public static FormValues Answering(PageResponse form, string label)
    {
        var values = form.Values();
        foreach (var question in form.Document.QuerySelectorAll("fieldset.q"))
        {
            var (name, value) = PageResponse.Option(question, label);
            values.Set(name, value);
        }

        return values;
    }

    /// <summary>The device cookie the page set (its attributes, which hold no comma), or null.</summary>
    public static string? DeviceCookie(PageResponse page) =>
        DeviceCookiePattern().Match(page.Header("Set-Cookie")) is { Success: true } match ? match.Value : null;

    /// <summary>(issued, returned, viaPublicLink) of the campaign's one rater group.</summary>
    public static async Task<(int Issued, int Returned, int ViaPublicLink)> TurnoutAsync(CampaignScript script, string id)
    {
        var turnout = (await script.Admin.DataAsync(
            "query($id: ID!) { campaign(id: $id) { turnout { issued returned viaPublicLink } } }", new { id }))
            .GetProperty("campaign").GetProperty("turnout")[0];
        return (turnout.GetProperty("issued").GetInt32(), turnout.GetProperty("returned").GetInt32(), turnout.GetProperty("viaPublicLink").GetInt32());
    }

    [GeneratedRegex("device=[^,]*")]
    private static partial Regex DeviceCookiePattern();
}

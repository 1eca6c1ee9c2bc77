namespace Appraisal.Host.Pages.Surveys;

/// <summary>
/// Where a browser keeps the device token of a public survey (docs/campaigns.md, public link mode): a cookie scoped
/// to the survey's own address, so each campaign has its own and nothing else on the host receives it. HttpOnly,
/// because no script of ours needs it; SameSite=Lax, because the page posts to itself and nowhere else should send
/// it; Secure when the page came over HTTPS. It lasts a year rather than the browser session: phones close their
/// browsers often, and a session cookie would hand the same phone a fresh token each time.
/// </summary>
internal static class DeviceCookie
{
    public const string Name = "device";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public static string? Read(HttpContext http) =>
        http.Request.Cookies.TryGetValue(Name, out var token) && !string.IsNullOrEmpty(token) ? token : null;

    public static void Write(HttpContext http, string campaignId, string token) =>
        http.Response.Cookies.Append(Name, token, Options(http, campaignId, Lifetime));

    /// <summary>Drops a token the ballot box refused, so that opening the page again hands out a good one.</summary>
    public static void Delete(HttpContext http, string campaignId) =>
        http.Response.Cookies.Delete(Name, Options(http, campaignId, null));

    private static CookieOptions Options(HttpContext http, string campaignId, TimeSpan? maxAge) => new()
    {
        Path = SurveyPaths.For(campaignId),
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps,
        IsEssential = true,
        MaxAge = maxAge,
    };
}

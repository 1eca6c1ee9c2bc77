namespace Appraisal.Host.Pages.Admin.Shell;

/// <summary>
/// The console's session cookie: it holds the session token <c>AccountStore.LoginAsync</c> issued, the same bearer
/// token the API takes. HttpOnly (no script, and there is none anyway, can read it), SameSite=Strict (no other site
/// can make a browser send it, a second guard beside antiforgery), Secure whenever the request came over HTTPS, and
/// scoped to <see cref="AdminPaths.Home"/> so ballot and survey pages never receive it.
/// </summary>
internal static class AdminSession
{
    public const string CookieName = "appraisal-admin";

    /// <summary>The token the browser sent, or null.</summary>
    public static string? Token(HttpContext http) => http.Request.Cookies[CookieName];

    /// <summary>Hands the browser the token, to expire when the session does.</summary>
    public static void Start(HttpContext http, string token, DateTimeOffset expires) =>
        http.Response.Cookies.Append(CookieName, token, Options(http, expires));

    /// <summary>Tells the browser to forget the token.</summary>
    public static void End(HttpContext http) => http.Response.Cookies.Delete(CookieName, Options(http, expires: null));

    private static CookieOptions Options(HttpContext http, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = http.Request.IsHttps,
        Path = AdminPaths.Home,
        Expires = expires,
        IsEssential = true,
    };
}

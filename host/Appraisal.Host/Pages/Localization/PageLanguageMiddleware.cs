using System.Globalization;
using Appraisal.Host.Pages.Hosting;

namespace Appraisal.Host.Pages.Localization;

/// <summary>
/// Sets the UI culture of a page request: <c>?lang=</c> when given (and remembered in a cookie, so the forms a page
/// posts stay in that language), else the cookie, else Chinese. Only the UI culture of page requests changes:
/// numbers and dates on pages are formatted explicitly, and GraphQL answers in both languages at once.
/// </summary>
internal sealed class PageLanguageMiddleware(RequestDelegate next)
{
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    public Task InvokeAsync(HttpContext http)
    {
        if (!PageRequests.IsPage(http))
        {
            return next(http);
        }

        var chosen = PageLanguage.Parse(http.Request.Query[PageLanguage.Key]);
        if (chosen is not null)
        {
            http.Response.Cookies.Append(PageLanguage.Key, chosen.TwoLetterISOLanguageName, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                MaxAge = Remembered,
                IsEssential = true,
            });
        }

        CultureInfo.CurrentUICulture = chosen ?? PageLanguage.Parse(http.Request.Cookies[PageLanguage.Key]) ?? PageLanguage.Chinese;
        return next(http);
    }
}

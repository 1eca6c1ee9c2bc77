using Appraisal.Host.Pages.Localization;

namespace Appraisal.Host.Pages.Hosting;

/// <summary>The middleware pages run behind, after routing (so it knows which requests are for pages) and before them.</summary>
public static class PageApplicationBuilderExtensions
{
    public static IApplicationBuilder UseAppraisalPages(this IApplicationBuilder app)
    {
        app.UseMiddleware<PageHeadersMiddleware>();   // CSP; no-store and no-referrer where the address holds a code
        app.UseMiddleware<PageLanguageMiddleware>();  // zh-CN, or English by ?lang=en and its cookie
        app.UseAntiforgery();                         // every page form carries a token; a post without one is refused
        return app;
    }
}

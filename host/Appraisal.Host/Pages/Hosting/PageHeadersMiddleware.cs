namespace Appraisal.Host.Pages.Hosting;

/// <summary>
/// Headers every page response carries, set before the page runs so that refusals (a missing antiforgery token, a
/// rate limit) carry them too: a content security policy that lets a page load only from the host itself, and for
/// a <see cref="PrivateUrlAttribute"/> page the headers that keep its address out of caches and referrers.
/// </summary>
internal sealed class PageHeadersMiddleware(RequestDelegate next)
{
    /// <summary>
    /// Pages run without script and load nothing but the host's stylesheet: intranet deployments are offline, and a
    /// request elsewhere would tell a third party who votes when. Inline SVG charts need nothing more.
    /// </summary>
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        if (PageRequests.IsPage(http))
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            if (http.GetEndpoint()!.Metadata.GetMetadata<PrivateUrlAttribute>() is not null)
            {
                // The value antiforgery sets on a page with a form, so it has nothing to override (and warn about).
                headers.CacheControl = "no-cache, no-store";
                headers["Referrer-Policy"] = "no-referrer";
            }
        }

        return next(http);
    }
}

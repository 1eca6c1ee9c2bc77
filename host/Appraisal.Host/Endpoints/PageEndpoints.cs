using Appraisal.Host.Pages;
using Appraisal.Host.Pages.Assets;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Appraisal.Host.Endpoints;

/// <summary>
/// The pages: every <c>@page</c> component under <c>Pages/</c>, rendered statically on the server
/// (<c>/b</c>, <c>/b/{code}</c>, …), and the stylesheet they link.
/// </summary>
public static class PageEndpoints
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(PageAssets.Folder + "/{name}", GetAsset);
        routes.MapRazorComponents<App>();
        return routes;
    }

    private static Results<FileContentHttpResult, NotFound> GetAsset(string name, HttpContext http)
    {
        if (PageAssets.Find(name) is not { } content)
        {
            return TypedResults.NotFound();
        }

        // The name changes with the content, so a browser may keep this copy for good.
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.File(content, "text/css; charset=utf-8");
    }
}

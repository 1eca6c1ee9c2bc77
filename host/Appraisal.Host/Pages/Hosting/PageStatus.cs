namespace Appraisal.Host.Pages.Hosting;

/// <summary>Sets the HTTP status of a page that is being rendered, keeping the page itself as the body.</summary>
public static class PageStatus
{
    public static void Set(HttpContext http, int status)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (status != StatusCodes.Status404NotFound)
        {
            http.Response.StatusCode = status;
            return;
        }

        // Static rendering takes a 404 set during rendering for NavigationManager.NotFound() and sends no body, leaving
        // it to a not-found page; a page that says what was not found sets its 404 as the response starts instead.
        http.Response.OnStarting(() =>
        {
            http.Response.StatusCode = status;
            return Task.CompletedTask;
        });
    }
}

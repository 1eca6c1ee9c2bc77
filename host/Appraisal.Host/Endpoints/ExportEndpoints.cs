using Appraisal.Core.Campaigns;
using Appraisal.Core.Security;
using Appraisal.Host.Exports;
using Appraisal.Host.Pages.Admin.Shell;

namespace Appraisal.Host.Endpoints;

/// <summary>
/// <c>GET /exports/{campaignId}/…</c>: the anonymous ballots (<c>ballots.csv</c>, <c>ballots.xlsx</c>, and the
/// receipts of the CSV form in <c>receipts.csv</c>) and the report (<c>report.xlsx</c>, <c>report.csv</c> as a zip of
/// CSVs). Public once results are published, like the <c>ballotBox</c> query; before that, after close, only for the
/// admin key or an organizer or observer who may read the campaign, and never cached.
/// The console serves the same files at <c>/admin/campaigns/{campaignId}/downloads/…</c> under the same rules, with
/// the caller taken from its session cookie instead of the Authorization header: that cookie is scoped to
/// <c>/admin</c>, so a browser never sends it to <c>/exports</c>.
/// </summary>
public static class ExportEndpoints
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private const string Csv = "text/csv; charset=utf-8";

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder routes)
    {
        MapFiles(routes.MapGroup("/exports/{campaignId}"), BearerCallerAsync, challenge: "Bearer");
        MapFiles(routes.MapGroup("/admin/campaigns/{campaignId}/downloads"), ConsoleCallerAsync, challenge: null);
        return routes;
    }

    private static void MapFiles(RouteGroupBuilder exports, Func<HttpContext, Task<Caller>> callerOf, string? challenge)
    {
        Task ServeAsync(HttpContext http, string campaignId, string file, string contentType, Func<CampaignExporter, Campaign, Stream, CancellationToken, Task> write) =>
            ExportEndpoints.ServeAsync(http, campaignId, file, contentType, write, callerOf, challenge);

        exports.MapGet("/ballots.csv", (HttpContext http, string campaignId) =>
            ServeAsync(http, campaignId, "ballots.csv", Csv, (exporter, campaign, body, token) => exporter.WriteBallotsCsvAsync(campaign.Id, body, token)));
        exports.MapGet("/receipts.csv", (HttpContext http, string campaignId) =>
            ServeAsync(http, campaignId, "receipts.csv", Csv, (exporter, campaign, body, token) => exporter.WriteReceiptsCsvAsync(campaign.Id, body, token)));
        exports.MapGet("/ballots.xlsx", (HttpContext http, string campaignId) =>
            ServeAsync(http, campaignId, "ballots.xlsx", Xlsx, (exporter, campaign, body, token) => exporter.WriteBallotsXlsxAsync(campaign.Id, body, token)));
        exports.MapGet("/report.xlsx", (HttpContext http, string campaignId) =>
            ServeAsync(http, campaignId, "report.xlsx", Xlsx, (exporter, campaign, body, token) => exporter.WriteReportXlsxAsync(campaign, body, token)));
        exports.MapGet("/report.csv", (HttpContext http, string campaignId) =>
            ServeAsync(http, campaignId, "report-csv.zip", "application/zip", (exporter, campaign, body, token) => exporter.WriteReportCsvZipAsync(campaign, body, token)));
    }

    private static Task<Caller> BearerCallerAsync(HttpContext http) =>
        http.RequestServices.GetRequiredService<CallerResolver>().ResolveAsync(http.Request.Headers.Authorization.ToString(), http.RequestAborted);

    private static Task<Caller> ConsoleCallerAsync(HttpContext http) => http.RequestServices.GetRequiredService<AdminAccess>().CallerAsync(http);

    private static async Task ServeAsync(
        HttpContext http,
        string campaignId,
        string file,
        string contentType,
        Func<CampaignExporter, Campaign, Stream, CancellationToken, Task> write,
        Func<HttpContext, Task<Caller>> callerOf,
        string? challenge)
    {
        var token = http.RequestAborted;
        var services = http.RequestServices;
        var campaign = await services.GetRequiredService<CampaignStore>().FindAsync(campaignId, token);
        if (campaign is null)
        {
            await Problem(http, StatusCodes.Status404NotFound, "No such campaign.");
            return;
        }

        var isPublic = campaign.Status == CampaignStatus.Published;
        if (!isPublic)
        {
            var caller = await callerOf(http);
            if (!caller.IsAuthenticated)
            {
                if (challenge is not null)
                {
                    http.Response.Headers.WWWAuthenticate = challenge;
                }

                await Problem(http, StatusCodes.Status401Unauthorized, "Exports are public once results are published; before that they need the admin key or an organizer or observer login.");
                return;
            }

            if (!caller.CanRead(campaign.OwnerAccountId))
            {
                await Problem(http, StatusCodes.Status403Forbidden, "You may not read this campaign.");
                return;
            }

            if (campaign.Status is not CampaignStatus.Closed)
            {
                await Problem(http, StatusCodes.Status409Conflict, "Nothing is sealed before the campaign is closed.");
                return;
            }
        }

        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = ExportFileName.ContentDisposition(campaign.Id, campaign.Title, file);
        http.Response.Headers.XContentTypeOptions = "nosniff";
        // Published results are the same for everyone but a browser should still ask again; the rest must not be kept.
        http.Response.Headers.CacheControl = isPublic ? "no-cache" : "no-store";
        // Built per request from registered services, so the composition root (Program.cs) only maps this module.
        await write(ActivatorUtilities.CreateInstance<CampaignExporter>(services), campaign, http.Response.Body, token);
    }

    private static Task Problem(HttpContext http, int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status).ExecuteAsync(http);
}

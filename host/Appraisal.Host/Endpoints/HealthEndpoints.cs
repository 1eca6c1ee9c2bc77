using Appraisal.Core;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.Host.Cluster;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Appraisal.Host.Endpoints;

/// <summary><c>GET /healthz</c>: 200 when the database and the plugin catalog are ready, 503 otherwise; always the details.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz", GetHealthAsync);
        return routes;
    }

    private static async Task<Results<Ok<HealthReport>, JsonHttpResult<HealthReport>>> GetHealthAsync(
        AppraisalStartup startup, IAppraisalDatabase database, PluginCatalog catalog, PluginPackageFollower follower,
        CancellationToken cancellationToken)
    {
        var storage = await database.GetStatusAsync(cancellationToken);
        var ready = startup.Ready && storage.Ready;
        var report = new HealthReport(
            ready ? "ready" : "starting",
            storage,
            catalog.Plugins.Select(PluginHealth.From).ToArray(),
            catalog.UnloadLeaks,
            follower.Status);
        return ready ? TypedResults.Ok(report) : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Appraisal.Core;

/// <summary>
/// Brings storage and plugins up before the server accepts requests (hosted services start before the
/// server): migrations first, then the plugin catalog. <see cref="Ready"/> feeds <c>/healthz</c>.
/// </summary>
public sealed class AppraisalStartup(IAppraisalDatabase database, PluginCatalog catalog, ILogger<AppraisalStartup> logger)
    : IHostedService
{
    private volatile bool _ready;

    /// <summary>True once the database is migrated and the catalog has activated what it found.</summary>
    public bool Ready => _ready;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await database.MigrateAsync(cancellationToken);
        await catalog.StartAsync(cancellationToken);
        var plugins = catalog.Plugins;
        logger.LogInformation("Appraisal ready: {Active} of {Total} plugins active", plugins.Count(p => p.Status == PluginStatus.Active),
            plugins.Count);
        _ready = true;
    }

    /// <summary>The container disposes the catalog and then the database (reverse order of creation).</summary>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        _ready = false;
        return Task.CompletedTask;
    }
}

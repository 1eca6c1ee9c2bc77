using Appraisal.Core;
using Microsoft.Extensions.Options;

namespace Appraisal.Host.Demo;

/// <summary>
/// Seeds the demo data at start when <c>Appraisal:Demo</c> is true (the default) and the database has never been
/// seeded. A failure is logged, never fatal: the product must start without its demo.
/// </summary>
internal sealed class DemoDataService(DemoSeeder seeder, IOptions<AppraisalOptions> options, ILogger<DemoDataService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Demo)
        {
            return;
        }

        try
        {
            await seeder.SeedAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The demo data could not be created; the host serves without it");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

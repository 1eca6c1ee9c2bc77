using Appraisal.Core;
using Appraisal.Core.Storage;
using Microsoft.Extensions.Options;

namespace Appraisal.Host.Demo;

/// <summary>
/// Seeds the demo data at start when <c>Appraisal:Demo</c> is true (the default) and the database has never been
/// seeded. A failure is logged, never fatal: the product must start without its demo. With several hosts on one
/// database one host at a time seeds (<see cref="ExclusiveWork"/>); the others wait, then find the marker and skip.
/// </summary>
internal sealed class DemoDataService(
    DemoSeeder seeder, ExclusiveWork exclusive, IOptions<AppraisalOptions> options, ILogger<DemoDataService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Demo)
        {
            return;
        }

        try
        {
            await exclusive.RunAsync("demo-data", seeder.SeedAsync, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "The demo data could not be created; the host serves without it");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Appraisal.Core.Storage;
using Microsoft.AspNetCore.DataProtection;

namespace Appraisal.Host.Cluster;

/// <summary>
/// Makes sure the shared key ring has a key before the host serves, with one host at a time (<see cref="ExclusiveWork"/>):
/// left to the first request, two hosts starting together on an empty database would each create a key of their own,
/// and for a while each would refuse the other's antiforgery tokens. Runs after the migrations, which create the table.
/// </summary>
internal sealed class KeyRingWarmup(IDataProtectionProvider protection, ExclusiveWork exclusive) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        exclusive.RunAsync(
            "data-protection-keys",
            _ =>
            {
                // Protecting anything loads the ring, and creates and stores a key when there is none.
                protection.CreateProtector("Appraisal.Cluster.KeyRingWarmup").Protect([1]);
                return Task.FromResult(true);
            },
            cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

using Appraisal.Core;
using Appraisal.Core.Security;
using Appraisal.Core.Storage;
using Microsoft.Extensions.Options;

namespace Appraisal.Host.Hosting;

/// <summary>
/// At first start without a configured <c>Appraisal:AdminKey</c>, generates one and prints it to the console
/// once: only its hash is stored, so this is the only time it can be read. With several hosts on one database, one
/// host at a time does this (<see cref="ExclusiveWork"/>), so exactly one of them generates and prints the key.
/// </summary>
internal sealed class AdminKeyAnnouncer(
    AdminKeyStore keys, ExclusiveWork exclusive, IOptions<AppraisalOptions> options, ILogger<AdminKeyAnnouncer> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var generated = await exclusive.RunAsync(
            "admin-key", token => keys.EnsureAsync(options.Value.AdminKey, token), cancellationToken);
        if (generated is null)
        {
            return;
        }

        // Straight to the console, not only the log: an operator must see it even with logging turned down.
        Console.WriteLine($"Admin key (shown once, keep it safe; use it as 'Authorization: Bearer <key>'): {generated}");
        logger.LogWarning("A new admin key was generated and printed to the console; it will not be shown again");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

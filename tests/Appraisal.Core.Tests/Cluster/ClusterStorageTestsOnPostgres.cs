using System.Data.Common;
using Appraisal.Core.Plugins;
using Appraisal.Core.Security;
using Appraisal.Core.Storage;
using Appraisal.Core.Tests.Storage.Backends;

namespace Appraisal.Core.Tests.Cluster;

/// <summary>The shared stores on PostgreSQL, and what only several hosts on it do: advisory locks, counting in the database.</summary>
public sealed class ClusterStorageTestsOnPostgres : ClusterStorageTests
{
    protected override async Task<StorageBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();

    [Fact]
    public async Task Two_hosts_never_run_work_of_one_name_at_once()
    {
        var hosts = new[] { new ExclusiveWork(Database), new ExclusiveWork(await Backend.OpenAsync()) };
        var running = 0;
        var overlapped = false;
        var runs = 0;

        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => hosts[i % 2].RunAsync("demo-data", async token =>
        {
            overlapped |= Interlocked.Increment(ref running) > 1;
            await Task.Delay(50, token);
            Interlocked.Decrement(ref running);
            return Interlocked.Increment(ref runs);
        })));

        Assert.False(overlapped);
        Assert.Equal(6, runs);
    }

    [Fact]
    public async Task A_host_waiting_for_the_lock_can_give_up()
    {
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = new ExclusiveWork(Database).RunAsync("admin-key", _ => release.Task);
        using var patience = new CancellationTokenSource(TimeSpan.FromMilliseconds(600));

        var waiting = new ExclusiveWork(await Backend.OpenAsync()).RunAsync("admin-key", _ => Task.FromResult(true), patience.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        release.SetResult(true);
        Assert.True(await held);
    }

    [Fact]
    public async Task The_login_limit_is_counted_in_the_database()
    {
        var hostA = new SharedAttemptLimiter(Database, "login", TenAMinute, Time);
        var hostB = new SharedAttemptLimiter(await Backend.OpenAsync(), "login", TenAMinute, Time);

        Assert.True(hostA.Shared);
        Assert.Equal(6, await CountAllowedAsync(hostA, "Alice", 6));
        Assert.Equal(4, await CountAllowedAsync(hostB, "Alice", 6));
        Assert.Equal(1, await new RateCounterStore(Database).CountRowsAsync());
    }

    [Fact]
    public async Task Two_hosts_uploading_or_removing_one_folder_at_once_succeed_once()
    {
        var hosts = new[] { new PluginPackageStore(Database), new PluginPackageStore(await Backend.OpenAsync()) };

        var uploads = await Task.WhenAll(hosts.Select(async (host, i) =>
        {
            try
            {
                return await host.AddAsync("acme.a", "1.0.0", "acme.a-1.0.0", [(byte)i], $"host{i}");
            }
            catch (DbException)
            {
                return (long?)null;
            }
        }));
        var removals = await Task.WhenAll(hosts.Select(host => host.RemoveAsync("acme.a-1.0.0")));

        Assert.Single(uploads, u => u is not null);
        Assert.Single(removals, r => r is not null);
        Assert.Equal(2, await hosts[1].GetRevisionAsync());
    }
}

using System.Data.Common;
using System.Security.Cryptography;
using Appraisal.Core.Plugins;
using Appraisal.Core.Security;
using Appraisal.Core.Storage;
using Appraisal.Core.Tests.Security;
using Appraisal.Core.Tests.Storage.Backends;
using Dapper;

namespace Appraisal.Core.Tests.Cluster;

/// <summary>
/// The stores several hosts of one database share (migration 0008), on each backend through the subclasses: the
/// one-at-a-time runner, the data-protection key ring, uploaded plugin packages, and the shared attempt counters.
/// </summary>
public abstract class ClusterStorageTests : IAsyncLifetime
{
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 8, 0, 30, TimeSpan.Zero));

    protected StorageBackend Backend { get; private set; } = null!;

    protected IAppraisalDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Backend = await CreateBackendAsync();
        Database = await Backend.OpenAsync();
    }

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    protected abstract Task<StorageBackend> CreateBackendAsync();

    [Fact]
    public async Task Work_of_one_name_never_overlaps_and_every_caller_runs_it()
    {
        var work = new ExclusiveWork(Database);
        var running = 0;
        var most = 0;
        var runs = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => work.RunAsync("seed", async token =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(20, token);
            Interlocked.Decrement(ref running);
            return Interlocked.Increment(ref runs);
        }))));

        Assert.Equal(1, most);
        Assert.Equal(8, runs);
    }

    [Fact]
    public async Task Work_of_another_name_runs_while_the_first_is_held()
    {
        var work = new ExclusiveWork(Database);
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = work.RunAsync("demo-data", _ => release.Task);

        var other = await work.RunAsync("admin-key", _ => Task.FromResult("ran")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("ran", other);
        Assert.False(held.IsCompleted);
        release.SetResult(true);
        Assert.True(await held);
    }

    [Fact]
    public async Task A_failing_run_releases_the_lock()
    {
        var work = new ExclusiveWork(Database);

        await Assert.ThrowsAsync<InvalidOperationException>(() => work.RunAsync<int>("seed", _ => throw new InvalidOperationException("boom")));

        Assert.Equal(2, await work.RunAsync("seed", _ => Task.FromResult(2)).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void The_advisory_lock_number_depends_only_on_the_name()
    {
        Assert.Equal(ExclusiveWork.LockKey("demo-data"), ExclusiveWork.LockKey("demo-data"));
        Assert.NotEqual(ExclusiveWork.LockKey("demo-data"), ExclusiveWork.LockKey("admin-key"));
    }


    [Fact]
    public async Task Keys_are_listed_oldest_first_and_a_second_key_of_one_name_is_ignored()
    {
        var time = _time;
        var keys = new DataProtectionKeyStore(Database, time);
        Assert.Empty(await keys.ListAsync());

        await keys.AddAsync("key-b", "<key id=\"b\" />");
        time.Advance(TimeSpan.FromSeconds(1));
        await keys.AddAsync("key-a", "<key id=\"a\" />");
        await keys.AddAsync("key-b", "<key id=\"other\" />");

        Assert.Equal(["<key id=\"b\" />", "<key id=\"a\" />"], await keys.ListAsync());
    }

    [Fact]
    public async Task Another_host_on_the_same_store_reads_the_same_keys()
    {
        var other = await Backend.OpenAsync();
        await new DataProtectionKeyStore(Database).AddAsync("key-1", "<key id=\"1\" />");

        Assert.Equal(["<key id=\"1\" />"], await new DataProtectionKeyStore(other).ListAsync());
    }

    [Fact]
    public async Task An_upload_raises_the_revision_and_is_listed_with_its_hash_and_bytes()
    {
        var packages = new PluginPackageStore(Database);
        Assert.Equal(0, await packages.GetRevisionAsync());
        byte[] content = [1, 2, 3, 4];

        var revision = await packages.AddAsync("acme.a", "1.0.0", "acme.a-1.0.0", content, "管理员");

        Assert.Equal(1, revision);
        Assert.Equal(1, await packages.GetRevisionAsync());
        var stored = Assert.Single(await packages.ListAsync());
        Assert.Equal(("acme.a", "1.0.0", "acme.a-1.0.0", "管理员"), (stored.PluginId, stored.Version, stored.Folder, stored.UploadedBy));
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), stored.Sha256);
        Assert.True(stored.Wanted);
        Assert.Equal(content, await packages.GetContentAsync(revision));
        Assert.Null(await packages.GetContentAsync(revision + 1));
    }

    [Fact]
    public async Task A_removal_is_a_new_revision_and_the_row_stays_as_its_record()
    {
        var packages = new PluginPackageStore(Database);
        await packages.AddAsync("acme.a", "1.0.0", "acme.a-1.0.0", [1], "a");
        await packages.AddAsync("acme.b", "1.0.0", "acme.b-1.0.0", [2], "a");

        var removed = await packages.RemoveAsync("acme.a-1.0.0");

        Assert.Equal(3, removed);
        Assert.Null(await packages.RemoveAsync("acme.a-1.0.0"));
        Assert.Equal(3, await packages.GetRevisionAsync());
        var listed = await packages.ListAsync();
        Assert.Equal([(1L, (long?)3), (2L, null)], listed.Select(p => (p.Revision, p.RemovedRevision)));
    }

    [Fact]
    public async Task A_folder_is_wanted_once_until_its_package_is_removed()
    {
        var packages = new PluginPackageStore(Database);
        await packages.AddAsync("acme.a", "1.0.0", "acme.a-1.0.0", [1], "a");

        await Assert.ThrowsAnyAsync<DbException>(() => packages.AddAsync("acme.a", "1.0.0", "acme.a-1.0.0", [9], "b"));
        Assert.Equal(1, await packages.GetRevisionAsync());

        await packages.RemoveAsync("acme.a-1.0.0");
        Assert.Equal(3, await packages.AddAsync("acme.a", "1.0.0", "acme.a-1.0.0", [9], "b"));
        Assert.Single(await packages.ListAsync(), p => p.Wanted);
    }

    [Fact]
    public async Task Concurrent_uploads_get_distinct_increasing_revisions()
    {
        var packages = new PluginPackageStore(Database);

        var revisions = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            packages.AddAsync($"acme.p{i}", "1.0.0", $"acme.p{i}-1.0.0", [(byte)i], "a")));

        Assert.Equal(Enumerable.Range(1, 20).Select(i => (long)i), revisions.Order());
        Assert.Equal(20, await packages.GetRevisionAsync());
    }

    [Fact]
    public async Task Shared_counting_allows_the_burst_per_window_on_every_limiter_together()
    {
        // Two limiters over one database stand for two hosts: together they grant the burst, not twice it.
        var hostA = Shared();
        var hostB = Shared();

        var allowed = 0;
        for (var i = 0; i < 8; i++)
        {
            allowed += await hostA.TryAcquireAsync("alice") ? 1 : 0;
            allowed += await hostB.TryAcquireAsync("alice") ? 1 : 0;
        }

        Assert.Equal(10, allowed);
        Assert.True(await hostA.TryAcquireAsync("bob"));

        _time.Advance(TimeSpan.FromSeconds(30));     // 08:01:00, the next one-minute window
        Assert.True(await hostB.TryAcquireAsync("alice"));
    }

    [Fact]
    public async Task Counters_hold_no_login_in_clear_and_old_windows_are_purged()
    {
        var limiter = Shared();
        await limiter.TryAcquireAsync("alice@example");
        _time.Advance(TimeSpan.FromMinutes(5));
        await limiter.TryAcquireAsync("bob@example");

        var keys = (await Database.ReadAsync((c, _) => c.QueryAsync<string>("SELECT key FROM rate_counters"))).ToList();

        Assert.Equal([RateCounterStore.Hash("login:bob@example")], keys);
        Assert.DoesNotContain(keys, k => k.Contains("example", StringComparison.Ordinal));
    }

    protected static RateLimitPolicy TenAMinute { get; } = new(10, 10);

    private protected ManualTimeProvider Time => _time;

    protected SharedAttemptLimiter Shared() => new(new RateCounterStore(Database), "login", TenAMinute, _time);

    protected static async Task<int> CountAllowedAsync(SharedAttemptLimiter limiter, string key, int attempts)
    {
        var allowed = 0;
        for (var i = 0; i < attempts; i++)
        {
            allowed += await limiter.TryAcquireAsync(key) ? 1 : 0;
        }

        return allowed;
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

using Appraisal.Core.Security;
using Appraisal.Core.Tests.Security;
using Dapper;

namespace Appraisal.Core.Tests.Cluster;

/// <summary>
/// The per-login limit: in memory on SQLite (one host, as before), in <c>rate_counters</c> when shared. The shared path
/// runs here on SQLite through the internal constructor; its SQL is the same on PostgreSQL.
/// </summary>
public sealed class SharedAttemptLimiterTests : IAsyncLifetime
{
    private static readonly RateLimitPolicy TenAMinute = new(10, 10);

    private readonly ClusterDatabase _store = new();
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 8, 0, 30, TimeSpan.Zero));

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task On_sqlite_the_limit_stays_in_memory_a_token_bucket_as_before()
    {
        var limiter = new SharedAttemptLimiter(_store.Database, "login", TenAMinute, _time);

        Assert.False(limiter.Shared);
        Assert.Equal(10, await CountAllowedAsync(limiter, "alice", 15));
        _time.Advance(TimeSpan.FromSeconds(6));      // one permit back every 6 s
        Assert.Equal(1, await CountAllowedAsync(limiter, "alice", 5));
        Assert.Equal(0, await new RateCounterStore(_store.Database).CountRowsAsync());
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

        var keys = (await _store.Database.ReadAsync((c, _) => c.QueryAsync<string>("SELECT key FROM rate_counters"))).ToList();

        Assert.Equal([RateCounterStore.Hash("login:bob@example")], keys);
        Assert.DoesNotContain(keys, k => k.Contains("example", StringComparison.Ordinal));
    }

    private SharedAttemptLimiter Shared() => new(new RateCounterStore(_store.Database), "login", TenAMinute, _time);

    private static async Task<int> CountAllowedAsync(SharedAttemptLimiter limiter, string key, int attempts)
    {
        var allowed = 0;
        for (var i = 0; i < attempts; i++)
        {
            allowed += await limiter.TryAcquireAsync(key) ? 1 : 0;
        }

        return allowed;
    }
}

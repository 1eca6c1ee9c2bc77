using Appraisal.Core.Storage;

namespace Appraisal.Core.Security;

/// <summary>
/// A limit on attempts per key (failed-login guessing per account) that holds across every host of one database. On
/// SQLite there is one host, and the limit is the in-memory token bucket of <see cref="PublicRateLimiter"/>, as before.
/// On PostgreSQL it is a fixed window counted in <see cref="RateCounterStore"/>: the window lasts as long as the
/// policy takes to refill its burst (one minute for 10 a minute with a burst of 10) and allows the burst in it. That
/// is coarser than the bucket (a key can use two bursts across a window boundary) but no host can grant more.
/// </summary>
public sealed class SharedAttemptLimiter
{
    private readonly RateCounterStore? _counters;
    private readonly PublicRateLimiter _local;
    private readonly TimeProvider _time;
    private readonly long _windowSeconds;
    private readonly string _scope;
    private long _nextPurge;

    /// <param name="database">Decides where attempts are counted: in the database on PostgreSQL, in memory otherwise.</param>
    /// <param name="scope">Prefixed to every key, so two limiters never share counters.</param>
    /// <param name="policy">The burst allowed per key, and the rate that sets the window's length.</param>
    /// <param name="timeProvider">The clock; the system clock when null.</param>
    public SharedAttemptLimiter(IAppraisalDatabase database, string scope, RateLimitPolicy policy, TimeProvider? timeProvider = null)
        : this(database.Provider == DatabaseOptions.Postgres ? new RateCounterStore(database) : null, scope, policy, timeProvider)
    {
    }

    /// <summary>With <paramref name="counters"/> the limit is counted there, whatever the backend (tests use it on SQLite).</summary>
    internal SharedAttemptLimiter(RateCounterStore? counters, string scope, RateLimitPolicy policy, TimeProvider? timeProvider)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentNullException.ThrowIfNull(policy);
        _counters = counters;
        _scope = scope + ":";
        _time = timeProvider ?? TimeProvider.System;
        _local = new PublicRateLimiter(policy, _time);
        Policy = policy;
        _windowSeconds = Math.Max(1, (policy.Burst * 3600L + policy.PermitsPerHour - 1) / policy.PermitsPerHour);
    }

    public RateLimitPolicy Policy { get; }

    /// <summary>Whether the counting is shared between hosts (PostgreSQL), rather than per process.</summary>
    public bool Shared => _counters is not null;

    /// <summary>Takes one attempt for <paramref name="key"/>; false when its limit is used up.</summary>
    public async Task<bool> TryAcquireAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_counters is null)
        {
            return _local.TryAcquire(_scope + key).Allowed;
        }

        var now = _time.GetUtcNow().ToUnixTimeSeconds();
        var window = now - now % _windowSeconds;

        // Old windows are deleted by whichever attempt comes first after a window ends, at most once a window per host.
        var nextPurge = Interlocked.Read(ref _nextPurge);
        long? purgeBefore = now >= nextPurge && Interlocked.CompareExchange(ref _nextPurge, window + _windowSeconds, nextPurge) == nextPurge
            ? window
            : null;
        var count = await _counters.IncrementAsync(_scope + key, window, purgeBefore, cancellationToken);
        return count <= Policy.Burst;
    }
}

using System.Collections.Concurrent;

namespace Appraisal.Core.Security;

/// <summary>
/// Throttles the public (anonymous) endpoints per key, with one token bucket per key: <see cref="RateLimitPolicy.Burst"/>
/// tokens when idle, refilled at <see cref="RateLimitPolicy.PermitsPerHour"/>. Nothing is stored: the limits are
/// per process, so with several hosts behind a load balancer each host grants the full rate and a client spread
/// over them gets that many times more. That is accepted for per-address limits; the per-login limit, which must
/// hold across hosts, is <see cref="SharedAttemptLimiter"/> (docs/cluster-notes.md).
/// </summary>
/// <remarks>
/// <para>
/// Each bucket is kept as one number, the "theoretical arrival time" of the generic cell rate algorithm (GCRA):
/// the moment the bucket would be full again. A call is allowed when that moment is at most
/// <c>(Burst − 1) × interval</c> ahead of now, and then moves it one interval further. That is exactly a token
/// bucket, but with a single <see langword="long"/> per key it is updated with one compare-and-swap, so concurrent
/// calls never take the same token twice and never wait for a lock. Ticks are integers, so there is no drift.
/// </para>
/// <para>
/// Memory is bounded: at most <c>maxKeys</c> buckets (plus one per thread adding a key at that very moment).
/// When a new key would exceed that, buckets that are full again are dropped first; they hold no information,
/// since a dropped key starts as full as it was. If the table is still too full (many keys all active within one
/// refill period, e.g. a flood from many addresses), buckets closest to full (judged from a sample, so roughly) are
/// dropped down to 90 % of the bound, which gives those keys a fresh burst: under such a flood the bound on memory
/// wins over exactness. A sweep is a few passes over the table, at most once per tenth of the bound in new keys.
/// </para>
/// </remarks>
public sealed class PublicRateLimiter
{
    /// <summary>The default bound on tracked keys: some 15 MB with keys the size of an IP address.</summary>
    public const int DefaultMaxKeys = 100_000;

    // Marks a bucket being removed: a caller that finds it looks the key up again.
    private const long Evicted = -1;

    // Arrival times sampled to choose which in-use buckets to drop; enough for a share estimate within a few %.
    private const int SampleSize = 1024;

    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _sweepGate = new();
    private readonly TimeProvider _time;
    private readonly long _interval;
    private readonly long _tolerance;
    private readonly int _maxKeys;
    private readonly int _lowWater;
    private int _count;

    /// <param name="policy">The rate and burst every key gets.</param>
    /// <param name="timeProvider">The clock of <see cref="TryAcquire(string)"/>; the system clock when null.</param>
    /// <param name="maxKeys">Most keys tracked at once.</param>
    public PublicRateLimiter(RateLimitPolicy policy, TimeProvider? timeProvider = null, int maxKeys = DefaultMaxKeys)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(policy.PermitsPerHour, 1, nameof(policy));
        ArgumentOutOfRangeException.ThrowIfLessThan(policy.Burst, 1, nameof(policy));
        ArgumentOutOfRangeException.ThrowIfLessThan(maxKeys, 1);
        Policy = policy;
        _time = timeProvider ?? TimeProvider.System;

        // Rounded up: the interval is never shorter than the policy asks, so the limiter never grants more.
        _interval = (TimeSpan.TicksPerHour + policy.PermitsPerHour - 1) / policy.PermitsPerHour;
        _tolerance = (policy.Burst - 1) * _interval;
        _maxKeys = maxKeys;
        _lowWater = maxKeys - Math.Max(1, maxKeys / 10);
    }

    /// <summary>The rate and burst every key gets.</summary>
    public RateLimitPolicy Policy { get; }

    /// <summary>How many keys have a bucket now (for tests and diagnostics).</summary>
    public int TrackedKeys => Volatile.Read(ref _count);

    /// <summary>Takes a permit for <paramref name="key"/> now, by the limiter's clock.</summary>
    public RateLimitDecision TryAcquire(string key) => TryAcquire(key, _time.GetUtcNow());

    /// <summary>Takes a permit for <paramref name="key"/> at <paramref name="now"/>, if one is free.</summary>
    /// <remarks>A clock that goes backwards refills nothing and refuses nothing it would not have refused before.</remarks>
    public RateLimitDecision TryAcquire(string key, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(key);
        var nowTicks = now.UtcTicks;
        while (true)
        {
            var bucket = GetOrAddBucket(key, nowTicks);
            var observed = Volatile.Read(ref bucket.ArrivalTicks);
            while (observed != Evicted)
            {
                var arrival = Math.Max(observed, nowTicks);
                var wait = arrival - nowTicks - _tolerance;
                if (wait > 0)
                {
                    var seconds = (wait + TimeSpan.TicksPerSecond - 1) / TimeSpan.TicksPerSecond;
                    return new RateLimitDecision(false, TimeSpan.FromSeconds(seconds));
                }

                var seen = Interlocked.CompareExchange(ref bucket.ArrivalTicks, arrival + _interval, observed);
                if (seen == observed)
                {
                    return RateLimitDecision.Allow;
                }

                observed = seen;
            }

            // A sweep took this bucket between the lookup and the swap: help remove it, then start over.
            Remove(key, bucket);
        }
    }

    private Bucket GetOrAddBucket(string key, long nowTicks)
    {
        if (_buckets.TryGetValue(key, out var bucket))
        {
            return bucket;
        }

        if (Volatile.Read(ref _count) >= _maxKeys)
        {
            // One sweep at a time; the others wait for it rather than add past the bound meanwhile.
            lock (_sweepGate)
            {
                if (Volatile.Read(ref _count) >= _maxKeys)
                {
                    Sweep(nowTicks);
                }
            }
        }

        var fresh = new Bucket();
        bucket = _buckets.GetOrAdd(key, fresh);
        if (ReferenceEquals(bucket, fresh))
        {
            Interlocked.Increment(ref _count);
        }

        return bucket;
    }

    private void Sweep(long nowTicks)
    {
        // Full buckets first: dropping them loses nothing. The same pass samples the arrival times of the others,
        // in case dropping the full ones is not enough (a pass over 100 000 buckets is most of a sweep's cost).
        var stride = Math.Max(1, Volatile.Read(ref _count) / SampleSize);
        var sample = new List<long>(SampleSize + 1);
        var index = 0;
        foreach (var (key, bucket) in _buckets)
        {
            var arrival = Volatile.Read(ref bucket.ArrivalTicks);
            if (arrival == Evicted)
            {
                continue;
            }

            if (arrival <= nowTicks)
            {
                TryEvict(key, bucket, arrival);
            }
            else if (index++ % stride == 0)
            {
                sample.Add(arrival);
            }
        }

        var count = Volatile.Read(ref _count);
        if (count <= _lowWater)
        {
            return;
        }

        // Every bucket left is in use: drop those closest to full. Sorting them all would cost more than the rest
        // of the sweep, so the sample estimates the arrival time under which enough of them lie, and buckets at or
        // under it go until the low-water mark is reached.
        if (sample.Count > 0)
        {
            sample.Sort();
            var share = (double)(count - _lowWater) / count;
            var threshold = sample[Math.Min(sample.Count - 1, (int)Math.Ceiling(share * sample.Count))];
            EvictWhileOverLowWater(arrival => arrival <= threshold);
        }

        // The sample can underestimate: then any bucket goes, so the bound holds whatever the sample said.
        EvictWhileOverLowWater(static _ => true);
    }

    private void EvictWhileOverLowWater(Func<long, bool> evictable)
    {
        foreach (var (key, bucket) in _buckets)
        {
            if (Volatile.Read(ref _count) <= _lowWater)
            {
                return;
            }

            var arrival = Volatile.Read(ref bucket.ArrivalTicks);
            if (arrival != Evicted && evictable(arrival))
            {
                TryEvict(key, bucket, arrival);
            }
        }
    }

    /// <summary>
    /// Marks the bucket evicted only if nobody took a permit since <paramref name="arrival"/> was read, so a
    /// permit granted concurrently is never lost with the bucket, then removes it from the table.
    /// </summary>
    private void TryEvict(string key, Bucket bucket, long arrival)
    {
        if (Interlocked.CompareExchange(ref bucket.ArrivalTicks, Evicted, arrival) == arrival)
        {
            Remove(key, bucket);
        }
    }

    private void Remove(string key, Bucket bucket)
    {
        // Only the caller that actually removes the entry counts it, whether the sweep or a TryAcquire got there first.
        if (_buckets.TryRemove(new KeyValuePair<string, Bucket>(key, bucket)))
        {
            Interlocked.Decrement(ref _count);
        }
    }

    /// <summary>One key's state: the tick at which its bucket is full again (0 for a new, full bucket).</summary>
    private sealed class Bucket
    {
        public long ArrivalTicks;
    }
}

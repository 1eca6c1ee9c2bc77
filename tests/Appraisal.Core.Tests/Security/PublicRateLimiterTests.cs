using Appraisal.Core.Security;

namespace Appraisal.Core.Tests.Security;

public sealed class PublicRateLimiterTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_key_gets_its_burst_then_is_refused_with_a_retry_after()
    {
        var limiter = new PublicRateLimiter(new RateLimitPolicy(PermitsPerMinute: 60, Burst: 5));

        var decisions = Enumerable.Range(0, 6).Select(_ => limiter.TryAcquire("203.0.113.7", Start)).ToList();

        Assert.All(decisions[..5], decision => Assert.Equal(RateLimitDecision.Allow, decision));
        Assert.Equal(new RateLimitDecision(false, TimeSpan.FromSeconds(1)), decisions[5]);
    }

    [Fact]
    public void Permits_come_back_at_the_policy_rate_and_never_beyond_the_burst()
    {
        var limiter = new PublicRateLimiter(new RateLimitPolicy(PermitsPerMinute: 60, Burst: 5));
        Drain(limiter, "k", Start);

        Assert.False(limiter.TryAcquire("k", Start.AddMilliseconds(999)).Allowed);
        Assert.True(limiter.TryAcquire("k", Start.AddSeconds(1)).Allowed);
        Assert.False(limiter.TryAcquire("k", Start.AddSeconds(1)).Allowed);

        // An hour idle refills the bucket to its burst, not to 3 600 permits.
        Assert.Equal(5, Drain(limiter, "k", Start.AddHours(1)));
    }

    [Fact]
    public void Retry_after_is_rounded_up_to_whole_seconds_and_waiting_that_long_succeeds()
    {
        var limiter = new PublicRateLimiter(new RateLimitPolicy(PermitsPerMinute: 7, Burst: 1));
        Assert.True(limiter.TryAcquire("k", Start).Allowed);

        var refused = limiter.TryAcquire("k", Start.AddSeconds(0.5));

        Assert.False(refused.Allowed);
        Assert.Equal(TimeSpan.FromSeconds(9), refused.RetryAfter); // 60/7 = 8.57 s, 8.07 s of it left
        Assert.True(limiter.TryAcquire("k", Start.AddSeconds(0.5) + refused.RetryAfter).Allowed);
    }

    [Fact]
    public void Keys_are_independent()
    {
        var limiter = new PublicRateLimiter(new RateLimitPolicy(PermitsPerMinute: 1, Burst: 2));
        Drain(limiter, "a", Start);

        Assert.Equal(2, Drain(limiter, "b", Start));
        Assert.Equal(2, Drain(limiter, "A", Start)); // keys are compared ordinally
        Assert.False(limiter.TryAcquire("a", Start).Allowed);
    }

    [Fact]
    public void A_clock_going_backwards_grants_nothing_extra()
    {
        var limiter = new PublicRateLimiter(new RateLimitPolicy(PermitsPerMinute: 60, Burst: 3));
        Drain(limiter, "k", Start);

        Assert.Equal(0, Drain(limiter, "k", Start.AddMinutes(-5)));
        Assert.Equal(1, Drain(limiter, "k", Start.AddSeconds(1)));
    }

    [Fact]
    public void The_parameterless_overload_reads_the_injected_clock()
    {
        var time = new ManualTimeProvider(Start);
        var limiter = new PublicRateLimiter(new RateLimitPolicy(PermitsPerMinute: 60, Burst: 1), time);

        Assert.True(limiter.TryAcquire("k").Allowed);
        Assert.False(limiter.TryAcquire("k").Allowed);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.TryAcquire("k").Allowed);
    }

    [Fact]
    public void Memory_stays_bounded_with_200_000_distinct_keys_at_once()
    {
        var limiter = new PublicRateLimiter(new RateLimitPolicy(PermitsPerMinute: 10, Burst: 5));
        Assert.Equal(3, Drain(limiter, "hot", Start, limit: 3)); // partly used: its bucket is never full again in this test
        Drain(limiter, "hammering", Start);

        var maxSeen = 0;
        for (var i = 0; i < 200_000; i++)
        {
            Assert.True(limiter.TryAcquire($"198.51.{i / 256}.{i % 256}", Start).Allowed);
            maxSeen = Math.Max(maxSeen, limiter.TrackedKeys);
        }

        Assert.InRange(maxSeen, PublicRateLimiter.DefaultMaxKeys - 1, PublicRateLimiter.DefaultMaxKeys);

        // Every bucket was in use, so the least used went first; the busier keys kept their state.
        Assert.False(limiter.TryAcquire("hammering", Start).Allowed);
        Assert.Equal(2, Drain(limiter, "hot", Start));
    }

    [Fact]
    public void Buckets_that_refilled_are_dropped_first_and_lose_nothing()
    {
        var limiter = new PublicRateLimiter(new RateLimitPolicy(PermitsPerMinute: 60, Burst: 2), maxKeys: 1000);
        for (var i = 0; i < 999; i++)
        {
            limiter.TryAcquire($"old-{i}", Start);
        }

        Assert.Equal(2, Drain(limiter, "active", Start.AddSeconds(9)));
        Assert.Equal(1000, limiter.TrackedKeys);

        // By 10 s the old buckets are full again, the active one is not: a new key makes the sweep drop exactly the old.
        Assert.True(limiter.TryAcquire("new", Start.AddSeconds(10)).Allowed);

        Assert.Equal(2, limiter.TrackedKeys);
        Assert.Equal(1, Drain(limiter, "active", Start.AddSeconds(10))); // one refilled in a second; a fresh bucket would give 2
        Assert.Equal(2, Drain(limiter, "old-1", Start.AddSeconds(10)));
    }

    [Fact]
    public async Task Eight_threads_on_one_key_never_get_more_than_the_burst()
    {
        const int burst = 1000;
        var limiter = new PublicRateLimiter(new RateLimitPolicy(PermitsPerMinute: 1, Burst: burst));
        using var start = new Barrier(8);

        var workers = Enumerable.Range(0, 8).Select(_ => OnOwnThread(() =>
        {
            start.SignalAndWait();
            var granted = 0;
            for (var i = 0; i < 5000; i++)
            {
                if (limiter.TryAcquire("shared", Start).Allowed)
                {
                    granted++;
                }
            }

            return granted;
        })).ToArray();

        Assert.Equal(burst, (await Task.WhenAll(workers)).Sum());
    }

    [Fact]
    public async Task Eight_threads_over_many_keys_and_moving_time_never_over_grant()
    {
        // 60 per minute with a burst of 10: over 30 s each key may get at most 10 + 30 permits.
        var limiter = new PublicRateLimiter(new RateLimitPolicy(PermitsPerMinute: 60, Burst: 10));
        var keys = Enumerable.Range(0, 16).Select(i => $"key-{i}").ToArray();
        var granted = new int[keys.Length];
        using var start = new Barrier(8);

        var workers = Enumerable.Range(0, 8).Select(worker => OnOwnThread(() =>
        {
            start.SignalAndWait();
            for (var step = 0; step <= 30_000; step++)
            {
                var k = (step + worker) % keys.Length;
                if (limiter.TryAcquire(keys[k], Start.AddMilliseconds(step)).Allowed)
                {
                    Interlocked.Increment(ref granted[k]);
                }
            }

            return 0;
        })).ToArray();
        await Task.WhenAll(workers);

        Assert.All(granted, count => Assert.InRange(count, 1, 40));
    }

    [Fact]
    public void An_hourly_policy_paces_permits_slower_than_one_a_minute()
    {
        // 30 an hour: one permit every two minutes, which no whole number a minute can say.
        var limiter = new PublicRateLimiter(RateLimitPolicy.PerHour(permitsPerHour: 30, burst: 2));

        Assert.True(limiter.TryAcquire("203.0.113.7", Start).Allowed);
        Assert.True(limiter.TryAcquire("203.0.113.7", Start).Allowed);
        Assert.Equal(new RateLimitDecision(false, TimeSpan.FromSeconds(120)), limiter.TryAcquire("203.0.113.7", Start));
        Assert.False(limiter.TryAcquire("203.0.113.7", Start.AddSeconds(119)).Allowed);
        Assert.True(limiter.TryAcquire("203.0.113.7", Start.AddSeconds(120)).Allowed);
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublicRateLimiter(RateLimitPolicy.PerHour(0, 1)));
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(-5, 5)]
    public void Policies_need_a_positive_rate_and_burst(int permitsPerMinute, int burst)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PublicRateLimiter(new RateLimitPolicy(permitsPerMinute, burst)));
    }

    /// <summary>A dedicated thread: the barrier blocks all eight, which would starve a small thread pool.</summary>
    private static Task<int> OnOwnThread(Func<int> work) =>
        Task.Factory.StartNew(work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    private static int Drain(PublicRateLimiter limiter, string key, DateTimeOffset now, int limit = int.MaxValue)
    {
        var granted = 0;
        while (granted < limit && limiter.TryAcquire(key, now).Allowed)
        {
            granted++;
        }

        return granted;
    }
}

namespace Appraisal.Core.Security;

/// <summary>The answer of <see cref="PublicRateLimiter.TryAcquire(string, DateTimeOffset)"/>.</summary>
/// <param name="Allowed">Whether the call may proceed; a permit was taken if so.</param>
/// <param name="RetryAfter">
/// When refused, how long until a permit is free, rounded up to whole seconds (at least one) so it can go into a
/// <c>Retry-After</c> header as is and a client that waits that long is not refused again. Zero when allowed.
/// </param>
public readonly record struct RateLimitDecision(bool Allowed, TimeSpan RetryAfter)
{
    /// <summary>The call may proceed.</summary>
    public static RateLimitDecision Allow { get; } = new(true, TimeSpan.Zero);
}

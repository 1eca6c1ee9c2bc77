using Appraisal.Core.Security;

namespace Appraisal.Host.Api.Campaigns;

/// <summary>
/// Rate limits for the public operations (<c>ballot</c>, <c>submitBallot</c>), per client address. The default
/// burst is large enough for a meeting room or an office behind one address to vote at once, and codes are 70
/// random bits, so the limit is against floods, not guessing. Configured by <c>Appraisal:RateLimits:PublicPerMinute</c>
/// and <c>Appraisal:RateLimits:PublicBurst</c>.
/// </summary>
internal sealed class PublicOperationLimiter(IConfiguration configuration)
{
    private readonly PublicRateLimiter _limiter = new(new RateLimitPolicy(
        configuration.GetValue("Appraisal:RateLimits:PublicPerMinute", 600),
        configuration.GetValue("Appraisal:RateLimits:PublicBurst", 200)));

    public RateLimitDecision TryAcquire(HttpContext http) =>
        _limiter.TryAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}

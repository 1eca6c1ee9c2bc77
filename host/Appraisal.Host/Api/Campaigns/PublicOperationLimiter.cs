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

    // Password guessing: few attempts per login name, whatever address they come from, and per address.
    private readonly PublicRateLimiter _logins = new(new RateLimitPolicy(10, 10));
    private readonly PublicRateLimiter _loginAddresses = new(new RateLimitPolicy(60, 30));

    public RateLimitDecision TryAcquire(HttpContext http) =>
        _limiter.TryAcquire(Address(http));

    public bool TryAcquireLogin(HttpContext http, string login) =>
        _logins.TryAcquire("login:" + login.Trim().ToLowerInvariant()).Allowed && _loginAddresses.TryAcquire(Address(http)).Allowed;

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}

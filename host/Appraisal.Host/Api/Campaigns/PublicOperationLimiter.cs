using System.Net;
using System.Net.Sockets;
using Appraisal.Core.Security;
using Appraisal.Core.Storage;

namespace Appraisal.Host.Api.Campaigns;

/// <summary>
/// Rate limits for the public operations (<c>ballot</c>, <c>submitBallot</c>), per client address. The default
/// burst is large enough for a meeting room or an office behind one address to vote at once, and codes are 70
/// random bits, so the limit is against floods, not guessing. Configured by <c>Appraisal:RateLimits:PublicPerMinute</c>
/// and <c>Appraisal:RateLimits:PublicBurst</c>.
/// </summary>
/// <remarks>
/// The public link (<c>publicSurvey</c>, <c>submitPublicBallot</c>) has a second, hourly limit on top, counted apart
/// for handing out device tokens and for casting: each device casts once, so what bounds the ballots one address
/// can cast is how many device tokens it may take. It must still let a whole office behind one NAT address through,
/// so it is generous: <c>Appraisal:RateLimits:PublicBallotsPerHour</c> (default 300) after a burst of
/// <c>Appraisal:RateLimits:PublicBallotsBurst</c> (default 100). An IPv6 client is counted by its /64 network, which
/// one household or office usually gets whole, so walking through its addresses does not multiply its tokens.
/// <para>
/// With several hosts behind a load balancer (PostgreSQL), the per-address limits stay per host: each host grants the
/// full rate, which bounds floods well enough and needs no database round trip on the voting path. The per-login
/// limit is what stops password guessing, so it is counted in the database there (<see cref="SharedAttemptLimiter"/>)
/// and holds across hosts. Client addresses are the proxy's unless Appraisal:ForwardedHeaders names it.
/// </para>
/// </remarks>
internal sealed class PublicOperationLimiter(IConfiguration configuration, IAppraisalDatabase database)
{
    private readonly PublicRateLimiter _limiter = new(new RateLimitPolicy(
        configuration.GetValue("Appraisal:RateLimits:PublicPerMinute", 600),
        configuration.GetValue("Appraisal:RateLimits:PublicBurst", 200)));

    private readonly PublicRateLimiter _publicLink = new(RateLimitPolicy.PerHour(
        configuration.GetValue("Appraisal:RateLimits:PublicBallotsPerHour", 300),
        configuration.GetValue("Appraisal:RateLimits:PublicBallotsBurst", 100)));

    // Password guessing: few attempts per login name, whatever address (and host) they come from, and per address.
    private readonly SharedAttemptLimiter _logins = new(database, "login", new RateLimitPolicy(10, 10));
    private readonly PublicRateLimiter _loginAddresses = new(new RateLimitPolicy(60, 30));

    public RateLimitDecision TryAcquire(HttpContext http) =>
        _limiter.TryAcquire(Address(http));

    /// <summary>A public-link device token: the public limit, then the hourly one for tokens.</summary>
    public RateLimitDecision TryAcquireDeviceToken(HttpContext http) => TryAcquirePublicLink(http, "token:");

    /// <summary>A public-link ballot: the public limit, then the hourly one for public-link ballots.</summary>
    public RateLimitDecision TryAcquirePublicBallot(HttpContext http) => TryAcquirePublicLink(http, "cast:");

    public async Task<bool> TryAcquireLoginAsync(HttpContext http, string login) =>
        await _logins.TryAcquireAsync(login.Trim().ToLowerInvariant(), http.RequestAborted) && _loginAddresses.TryAcquire(Address(http)).Allowed;

    private RateLimitDecision TryAcquirePublicLink(HttpContext http, string step)
    {
        var general = TryAcquire(http);
        return general.Allowed ? _publicLink.TryAcquire(step + Network(http.Connection.RemoteIpAddress)) : general;
    }

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>An IPv4 address as is; an IPv6 address as its /64 network.</summary>
    private static string Network(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

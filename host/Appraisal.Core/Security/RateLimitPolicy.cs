namespace Appraisal.Core.Security;

/// <summary>How fast one key (a client address, a ballot code prefix) may call a public endpoint.</summary>
/// <param name="PermitsPerMinute">The sustained rate: permits come back at this pace; at least 1.</param>
/// <param name="Burst">How many calls an idle key may make at once before the rate applies; at least 1.</param>
public sealed record RateLimitPolicy(int PermitsPerMinute, int Burst)
{
    /// <summary>
    /// The sustained rate per hour, which paces the permits: 60 × <see cref="PermitsPerMinute"/>, or what
    /// <see cref="PerHour"/> was given (then <see cref="PermitsPerMinute"/> is that rate rounded down).
    /// </summary>
    public long PermitsPerHour { get; private init; } = 60L * PermitsPerMinute;

    /// <summary>A slow limit counted per hour: 100 an hour is not a whole number a minute.</summary>
    public static RateLimitPolicy PerHour(int permitsPerHour, int burst) =>
        new(permitsPerHour / 60, burst) { PermitsPerHour = permitsPerHour };
}

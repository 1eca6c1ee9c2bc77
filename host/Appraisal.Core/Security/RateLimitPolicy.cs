namespace Appraisal.Core.Security;

/// <summary>How fast one key (a client address, a ballot code prefix) may call a public endpoint.</summary>
/// <param name="PermitsPerMinute">The sustained rate: permits come back at this pace; at least 1.</param>
/// <param name="Burst">How many calls an idle key may make at once before the rate applies; at least 1.</param>
public sealed record RateLimitPolicy(int PermitsPerMinute, int Burst);

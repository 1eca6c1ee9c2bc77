namespace Appraisal.Core.Tests.Campaigns;

/// <summary>
/// A clock whose time the test sets, in a fixed UTC+8 zone (the host's usual one), so that the local date and
/// the UTC date differ for part of each day and a test can tell which one the code under test uses.
/// </summary>
internal sealed class FakeClock : TimeProvider
{
    private static readonly TimeZoneInfo Zone =
        TimeZoneInfo.CreateCustomTimeZone("Test+08", TimeSpan.FromHours(8), "Test+08", "Test+08");

    private DateTimeOffset _utcNow = new(2026, 3, 10, 4, 0, 0, TimeSpan.Zero); // 12:00 local on 2026-03-10

    public override TimeZoneInfo LocalTimeZone => Zone;

    /// <summary>The local date the clock shows now.</summary>
    public DateOnly Today => DateOnly.FromDateTime(GetLocalNow().DateTime);

    public override DateTimeOffset GetUtcNow() => _utcNow;

    /// <summary>Moves the clock to <paramref name="time"/> on <paramref name="date"/>, local time.</summary>
    public void SetLocal(DateOnly date, TimeOnly time) =>
        _utcNow = new DateTimeOffset(date.ToDateTime(time), Zone.BaseUtcOffset).ToUniversalTime();
}

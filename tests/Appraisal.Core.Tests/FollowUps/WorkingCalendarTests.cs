using Appraisal.Core.FollowUps;

namespace Appraisal.Core.Tests.FollowUps;

/// <summary>Working days: Mon–Fri, minus holidays, plus make-up working days (调休); deadlines counted by hand.</summary>
public sealed class WorkingCalendarTests
{
    // The State Council's 2025 schedule for 国庆节 and 中秋节: 10月1日至8日放假, 9月28日（周日）、10月11日（周六）上班.
    private static readonly WorkingCalendar National2025 = new(
        Enumerable.Range(1, 8).Select(d => new DateOnly(2025, 10, d)),
        [new DateOnly(2025, 9, 28), new DateOnly(2025, 10, 11)]);

    [Fact]
    public void Fifteen_working_days_from_a_tuesday_is_the_tuesday_three_weeks_later()
    {
        // Listed Tue 2026-03-10. Counting: 11 12 13 (3) · 16–20 (8) · 23–27 (13) · 30 (14) · 31 (15).
        Assert.Equal(new DateOnly(2026, 3, 31), WorkingCalendar.Weekdays.AddWorkingDays(new DateOnly(2026, 3, 10), 15));
    }

    [Fact]
    public void Fifteen_working_days_across_the_national_day_holiday_counts_the_make_up_days_and_skips_the_holiday()
    {
        // Listed Fri 2025-09-26. Counting: Sun 28 (调休, 1) · Mon 29 (2) · Tue 30 (3) · 1–8 October off · Thu 9 (4) ·
        // Fri 10 (5) · Sat 11 (调休, 6) · 13–17 (11) · 20 21 22 23 (15).
        var listed = new DateOnly(2025, 9, 26);

        Assert.Equal(new DateOnly(2025, 10, 23), National2025.AddWorkingDays(listed, 15));
        // Without the site calendar the same count would end a week earlier, on Fri 17 October.
        Assert.Equal(new DateOnly(2025, 10, 17), WorkingCalendar.Weekdays.AddWorkingDays(listed, 15));
    }

    [Theory]
    [InlineData("2025-09-27", false)] // Saturday
    [InlineData("2025-09-28", true)] // Sunday, 调休
    [InlineData("2025-09-30", true)] // Tuesday
    [InlineData("2025-10-01", false)] // Wednesday, 国庆节
    [InlineData("2025-10-08", false)] // Wednesday, last day off
    [InlineData("2025-10-09", true)] // Thursday
    [InlineData("2025-10-11", true)] // Saturday, 调休
    [InlineData("2025-10-12", false)] // Sunday
    public void A_day_works_when_it_is_a_make_up_day_or_a_weekday_that_is_not_a_holiday(string day, bool working) =>
        Assert.Equal(working, National2025.IsWorkingDay(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_listing_day_itself_never_counts()
    {
        var friday = new DateOnly(2026, 3, 13);

        Assert.Equal(friday, WorkingCalendar.Weekdays.AddWorkingDays(friday, 0));
        Assert.Equal(new DateOnly(2026, 3, 16), WorkingCalendar.Weekdays.AddWorkingDays(friday, 1));
        Assert.Equal(new DateOnly(2026, 3, 16), WorkingCalendar.Weekdays.AddWorkingDays(new DateOnly(2026, 3, 14), 1)); // from a Saturday
    }

    [Fact]
    public void Working_days_between_count_the_end_but_not_the_start()
    {
        var listed = new DateOnly(2025, 9, 26);
        var due = National2025.AddWorkingDays(listed, 15);

        Assert.Equal(15, National2025.WorkingDaysBetween(listed, due));
        Assert.Equal(0, National2025.WorkingDaysBetween(due, due));
        Assert.Equal(0, National2025.WorkingDaysBetween(due, listed));
        Assert.Equal(3, National2025.WorkingDaysBetween(new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 11))); // 9th, 10th, 11th
    }

    [Fact]
    public void The_stored_lists_are_read_forgivingly_and_written_sorted_without_repeats()
    {
        var calendar = WorkingCalendar.Parse(" 2025-10-02,2025-10-01,,2025-10-01 , 10/03/2025", "2025-10-11");

        Assert.Equal([new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 2)], calendar.Holidays);
        Assert.Equal([new DateOnly(2025, 10, 11)], calendar.Workdays);
        Assert.Equal("2025-10-01,2025-10-02", WorkingCalendar.Format([new DateOnly(2025, 10, 2), new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 2)]));
        Assert.Empty(WorkingCalendar.Parse(null, "").Holidays);
    }
}

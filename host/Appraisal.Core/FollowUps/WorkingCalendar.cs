using System.Globalization;

namespace Appraisal.Core.FollowUps;

/// <summary>
/// Which days are working days (工作日): Monday to Friday, except the site's public holidays, plus the weekend days
/// worked in their place (调休). China moves working days around its holidays every year (the State Council
/// publishes the schedule), so neither list can be computed: both come from the site settings
/// (<see cref="WorkingCalendarStore"/>).
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>How a day is written in the settings and the API.</summary>
    public const string DayFormat = "yyyy-MM-dd";

    private readonly HashSet<DateOnly> _holidays;
    private readonly HashSet<DateOnly> _workdays;

    /// <param name="holidays">Days off, whatever weekday they fall on.</param>
    /// <param name="workdays">Weekend days worked (调休); a day in both lists is a working day.</param>
    public WorkingCalendar(IEnumerable<DateOnly> holidays, IEnumerable<DateOnly> workdays)
    {
        _holidays = [.. holidays];
        _workdays = [.. workdays];
        Holidays = [.. _holidays.Order()];
        Workdays = [.. _workdays.Order()];
    }

    /// <summary>Monday to Friday, nothing else.</summary>
    public static WorkingCalendar Weekdays { get; } = new([], []);

    /// <summary>The holidays, in date order.</summary>
    public IReadOnlyList<DateOnly> Holidays { get; }

    /// <summary>The make-up working days, in date order.</summary>
    public IReadOnlyList<DateOnly> Workdays { get; }

    public bool IsWorkingDay(DateOnly day) =>
        _workdays.Contains(day) || (!_holidays.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>
    /// The day on which the <paramref name="count"/>-th working day after <paramref name="start"/> falls; the start
    /// day itself does not count, so a 差评 listed on a Friday with one working day is due the next Monday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var day = start;
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>Working days after <paramref name="after"/> up to and including <paramref name="through"/>; 0 when through ≤ after.</summary>
    public int WorkingDaysBetween(DateOnly after, DateOnly through)
    {
        var count = 0;
        for (var day = after.AddDays(1); day <= through; day = day.AddDays(1))
        {
            count += IsWorkingDay(day) ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// The calendar the settings describe: comma-separated <c>yyyy-MM-dd</c> days. Blank entries are skipped, and so
    /// is anything else that is not a day (only an edit of the database by hand can store one, since
    /// <see cref="WorkingCalendarStore.SaveAsync"/> refuses it).
    /// </summary>
    public static WorkingCalendar Parse(string? holidays, string? workdays) => new(Days(holidays), Days(workdays));

    /// <summary>A list of days as stored: sorted, without repeats, comma-separated.</summary>
    public static string Format(IEnumerable<DateOnly> days) =>
        string.Join(',', days.Distinct().Order().Select(d => d.ToString(DayFormat, CultureInfo.InvariantCulture)));

    /// <summary>Reads one <c>yyyy-MM-dd</c> day exactly.</summary>
    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    private static IEnumerable<DateOnly> Days(string? list)
    {
        foreach (var entry in (list ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (TryParseDay(entry, out var day))
            {
                yield return day;
            }
        }
    }
}

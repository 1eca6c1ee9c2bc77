using System.Globalization;
using Appraisal.PluginApi;

namespace Appraisal.Core.FollowUps;

/// <summary>A <c>follow_ups</c> row as Dapper reads it, and what it means on a given day.</summary>
internal sealed class FollowUpRow
{
    public const string Columns =
        "item_key, title_zh, title_en, detail, subject_id, subject_name, option_zh, option_en, status, listed_on, due_on, " +
        "updated_on, note, withdrawn_on";

    /// <summary>Listed items first in report order, then the withdrawn ones.</summary>
    public const string Order = "(withdrawn_on IS NOT NULL), ordinal, item_key";

    public string Item_Key { get; set; } = "";
    public string Title_Zh { get; set; } = "";
    public string Title_En { get; set; } = "";
    public string? Detail { get; set; }
    public string? Subject_Id { get; set; }
    public string? Subject_Name { get; set; }
    public string? Option_Zh { get; set; }
    public string? Option_En { get; set; }
    public string Status { get; set; } = "";
    public string Listed_On { get; set; } = "";
    public string Due_On { get; set; } = "";
    public string Updated_On { get; set; } = "";
    public string? Note { get; set; }
    public string? Withdrawn_On { get; set; }

    public FollowUpStatus StatusValue => FollowUpStatusText.Parse(Status);

    public bool IsWithdrawn => Withdrawn_On is not null;

    public FollowUp ToFollowUp(IReadOnlyList<FollowUpMove> history, WorkingCalendar calendar, DateOnly today)
    {
        var status = StatusValue;
        var due = Day(Due_On);
        var open = status != FollowUpStatus.Closed && !IsWithdrawn;
        int? left = !open ? null
            : today <= due ? calendar.WorkingDaysBetween(today, due)
            : -calendar.WorkingDaysBetween(due, today);
        return new FollowUp(
            Item_Key,
            new LocalizedText(Title_Zh, Title_En),
            Detail,
            Subject_Id,
            Subject_Name,
            Option_Zh is null ? null : new LocalizedText(Option_Zh, Option_En ?? ""),
            status,
            Day(Listed_On),
            due,
            Day(Updated_On),
            Note,
            Withdrawn_On is null ? null : Day(Withdrawn_On),
            open && today > due,
            left,
            history);
    }

    public static string DayText(DateOnly day) => day.ToString(WorkingCalendar.DayFormat, CultureInfo.InvariantCulture);

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, WorkingCalendar.DayFormat, CultureInfo.InvariantCulture);
}

using System.Data.Common;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Storage;
using Dapper;

namespace Appraisal.Core.FollowUps;

/// <summary>
/// The site's working-day calendar in the instance settings: <c>calendar.holidays</c> (days off) and
/// <c>calendar.workdays</c> (weekend days worked, 调休), each a comma-separated list of <c>yyyy-MM-dd</c> days. Unset
/// means Monday to Friday. Follow-up deadlines are counted on it when a 差评 is listed.
/// </summary>
public sealed class WorkingCalendarStore(IAppraisalDatabase database, SettingsStore settings)
{
    public const string HolidaysKey = "calendar.holidays";
    public const string WorkdaysKey = "calendar.workdays";

    /// <summary>Most days each list may hold: decades of holidays.</summary>
    public const int MaxDays = 1000;

    /// <summary>The calendar as the settings stand.</summary>
    public Task<WorkingCalendar> ReadAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync((connection, token) => ReadAsync(connection, null, token), cancellationToken);

    /// <summary>
    /// Replaces both lists. Refuses, changing nothing, a text that is not a <c>yyyy-MM-dd</c> day, a make-up working
    /// day that is not a Saturday or Sunday (Monday to Friday already work), a day in both lists, or too many days.
    /// </summary>
    /// <exception cref="CampaignProblem"><c>INVALID_INPUT</c> with the field at fault, e.g. <c>workdays[2]</c>.</exception>
    public async Task<WorkingCalendar> SaveAsync(IReadOnlyList<string> holidays, IReadOnlyList<string> workdays, CancellationToken cancellationToken = default)
    {
        var off = Days(holidays, "holidays", "节假日");
        var worked = Days(workdays, "workdays", "调休上班日");
        for (var i = 0; i < worked.Count; i++)
        {
            var day = worked[i];
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                throw CampaignProblem.Invalid($"workdays[{i}]", $"调休上班日 {workdays[i].Trim()} 不是周六或周日：周一至周五本来就是工作日。",
                    $"Make-up working day {workdays[i].Trim()} is not a Saturday or Sunday: Monday to Friday are working days anyway.");
            }

            if (off.Contains(day))
            {
                throw CampaignProblem.Invalid($"workdays[{i}]", $"{workdays[i].Trim()} 不能既是节假日又是调休上班日。",
                    $"{workdays[i].Trim()} cannot be both a holiday and a make-up working day.");
            }
        }

        await settings.SetAsync(
            [new(HolidaysKey, WorkingCalendar.Format(off)), new(WorkdaysKey, WorkingCalendar.Format(worked))], cancellationToken);
        return new WorkingCalendar(off, worked);
    }

    /// <summary>The calendar read inside a write (the tally's), or on a reader's connection.</summary>
    internal static async Task<WorkingCalendar> ReadAsync(DbConnection connection, DbTransaction? transaction, CancellationToken token)
    {
        var rows = await connection.QueryAsync<(string Key, string Value)>(new CommandDefinition(
            "SELECT key, value FROM settings WHERE key IN (@HolidaysKey, @WorkdaysKey)",
            new { HolidaysKey, WorkdaysKey }, transaction, cancellationToken: token));
        var values = rows.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal);
        return WorkingCalendar.Parse(values.GetValueOrDefault(HolidaysKey), values.GetValueOrDefault(WorkdaysKey));
    }

    private static List<DateOnly> Days(IReadOnlyList<string> texts, string field, string zhName)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count > MaxDays)
        {
            throw CampaignProblem.Invalid(field, $"{zhName}最多 {MaxDays} 天。", $"At most {MaxDays} days in {field}.");
        }

        var days = new List<DateOnly>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            if (!WorkingCalendar.TryParseDay(texts[i], out var day))
            {
                throw CampaignProblem.Invalid($"{field}[{i}]", $"{zhName}第 {i + 1} 项“{texts[i]}”不是 yyyy-MM-dd 格式的日期。",
                    $"Entry {i + 1} of {field}, \"{texts[i]}\", is not a yyyy-MM-dd day.");
            }

            days.Add(day);
        }

        return days;
    }
}

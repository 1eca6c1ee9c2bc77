using System.Data.Common;
using Appraisal.Core.Tally;
using Appraisal.PluginApi.Reports;
using Dapper;

namespace Appraisal.Core.FollowUps;

/// <summary>
/// Keeps the <c>follow_ups</c> rows of a campaign in step with its report, inside the write that stores the report
/// (at close and at every re-tally), so the two never disagree:
/// <list type="bullet">
/// <item>a key the report lists for the first time gets a row, 待核实, listed today and due the report's number of
/// working days later on the site calendar as it stands today;</item>
/// <item>a key already known keeps its status, days, note and history; only its texts and place in the list follow
/// the report, and if it had been withdrawn it is listed again where it stood;</item>
/// <item>a key the report no longer lists is marked withdrawn, not deleted: its history is the organisers' record of
/// what they did, and a later tally may list it again (a plugin fixed back, say). It is no longer overdue and
/// cannot be moved.</item>
/// </list>
/// A report without a tally (<see cref="CampaignReport.Error"/>) changes nothing: a plugin that failed must not
/// withdraw every 差评. One whose type has no follow-up workflow (no deadline) lists nothing.
/// </summary>
internal static class FollowUpLedger
{
    public static async Task SyncAsync(
        DbConnection connection, DbTransaction transaction, string campaignId, CampaignReport report, DateOnly today, CancellationToken token)
    {
        if (report.Error is not null)
        {
            return;
        }

        IReadOnlyList<FollowUpItem> items = report.FollowUpDeadlineWorkingDays is null ? [] : report.FollowUps;
        var known = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT item_key FROM follow_ups WHERE campaign_id = @campaignId", new { campaignId }, transaction, cancellationToken: token)))
            .ToHashSet(StringComparer.Ordinal);
        var dueOn = today;
        if (items.Any(i => !known.Contains(i.Key)))
        {
            var calendar = await WorkingCalendarStore.ReadAsync(connection, transaction, token);
            dueOn = calendar.AddWorkingDays(today, report.FollowUpDeadlineWorkingDays!.Value);
        }

        var day = FollowUpRow.DayText(today);
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO follow_ups (campaign_id, item_key, ordinal, title_zh, title_en, detail, subject_id, subject_name, option_zh, option_en,
                                    status, listed_on, due_on, note, updated_on, withdrawn_on)
            VALUES (@CampaignId, @Key, @Ordinal, @TitleZh, @TitleEn, @Detail, @SubjectId, @SubjectName, @OptionZh, @OptionEn,
                    'pending', @Today, @DueOn, NULL, @Today, NULL)
            ON CONFLICT (campaign_id, item_key) DO UPDATE SET
              ordinal = excluded.ordinal, title_zh = excluded.title_zh, title_en = excluded.title_en, detail = excluded.detail,
              subject_id = excluded.subject_id, subject_name = excluded.subject_name, option_zh = excluded.option_zh,
              option_en = excluded.option_en, withdrawn_on = NULL
            """,
            items.Select((item, ordinal) => new
            {
                CampaignId = campaignId, item.Key, Ordinal = ordinal, TitleZh = item.Title.ZhCn ?? "", TitleEn = item.Title.En ?? "",
                item.Detail, item.SubjectId, item.SubjectName, OptionZh = item.OptionLabel?.ZhCn, OptionEn = item.OptionLabel?.En,
                Today = day, DueOn = FollowUpRow.DayText(dueOn),
            }),
            transaction, cancellationToken: token));

        var listed = items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE follow_ups SET withdrawn_on = @Today WHERE campaign_id = @CampaignId AND item_key = @Key AND withdrawn_on IS NULL",
            known.Where(k => !listed.Contains(k)).Select(key => new { CampaignId = campaignId, Key = key, Today = day }),
            transaction, cancellationToken: token));
    }
}

using System.Data.Common;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Storage;
using Dapper;

namespace Appraisal.Core.FollowUps;

/// <summary>
/// 差评 follow-up (核实 → 整改 → 回访 → 办结, DOMAIN §2.3, §2.6): lists a campaign's items with their deadlines and
/// moves them along (<see cref="FollowUpSteps"/>). The items come from the tally (<see cref="FollowUpLedger"/>).
/// A refused move throws <see cref="CampaignProblem"/> and changes nothing; who may call what is the API's concern.
/// </summary>
public sealed class FollowUpService(IAppraisalDatabase database, TimeProvider clock)
{
    /// <summary>The host's local date: follow-ups know days, never times.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The campaign's items, listed ones in report order first, each with its history, as of today.</summary>
    /// <exception cref="CampaignProblem"><c>CAMPAIGN_NOT_FOUND</c>.</exception>
    public Task<IReadOnlyList<FollowUp>> ListAsync(string campaignId, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<FollowUp>>(async (connection, token) =>
        {
            await CampaignStore.GetAsync(connection, null, campaignId, token);
            return await ReadAsync(connection, null, campaignId, null, Today, token);
        }, cancellationToken);

    /// <summary>
    /// Moves item <paramref name="key"/> of a closed or published campaign to <paramref name="to"/>, recording the day,
    /// the note and <paramref name="actor"/> (an account id or <c>admin-key</c>) in its history.
    /// </summary>
    /// <exception cref="CampaignProblem">
    /// <c>CAMPAIGN_NOT_FOUND</c>, <c>CAMPAIGN_WRONG_STATUS</c>, <c>FOLLOW_UP_NOT_FOUND</c>, <c>FOLLOW_UP_WITHDRAWN</c>,
    /// <c>FOLLOW_UP_WRONG_STEP</c>, <c>FOLLOW_UP_NOTE_REQUIRED</c> or <c>INVALID_INPUT</c> (a note over 500 characters).
    /// </exception>
    public Task<FollowUp> MoveAsync(
        string campaignId, string key, FollowUpStatus to, string? note, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > FollowUpSteps.MaxNoteLength })
        {
            throw FollowUpProblems.NoteTooLong();
        }

        var today = Today;
        return database.WriteAsync(async (connection, transaction, token) =>
        {
            var campaign = await CampaignStore.GetAsync(connection, transaction, campaignId, token);
            if (campaign.Status is not (CampaignStatus.Closed or CampaignStatus.Published))
            {
                throw CampaignProblem.WrongStatus(campaign.Status, "办理差评", "move a follow-up item", CampaignStatus.Closed, CampaignStatus.Published);
            }

            var row = await connection.QuerySingleOrDefaultAsync<FollowUpRow>(new CommandDefinition(
                $"SELECT {FollowUpRow.Columns} FROM follow_ups WHERE campaign_id = @campaignId AND item_key = @key{SqlDialect.ForUpdate(connection)}",
                new { campaignId, key }, transaction, cancellationToken: token)) ?? throw FollowUpProblems.NotFound(key);
            if (row.IsWithdrawn)
            {
                throw FollowUpProblems.Withdrawn(key);
            }

            var from = row.StatusValue;
            FollowUpSteps.Check(from, to, note);
            var day = FollowUpRow.DayText(today);
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE follow_ups SET status = @To, note = @Note, updated_on = @Day WHERE campaign_id = @CampaignId AND item_key = @Key;
                INSERT INTO follow_up_moves (campaign_id, item_key, seq, moved_on, from_status, to_status, note, actor)
                VALUES (@CampaignId, @Key, (SELECT COUNT(*) + 1 FROM follow_up_moves WHERE campaign_id = @CampaignId AND item_key = @Key),
                        @Day, @From, @To, @Note, @Actor);
                """,
                new
                {
                    CampaignId = campaignId, Key = key, Day = day, Note = note, Actor = actor,
                    From = FollowUpStatusText.Stored(from), To = FollowUpStatusText.Stored(to),
                },
                transaction, cancellationToken: token));
            return (await ReadAsync(connection, transaction, campaignId, key, today, token)).Single();
        }, cancellationToken);
    }

    private static async Task<IReadOnlyList<FollowUp>> ReadAsync(
        DbConnection connection, DbTransaction? transaction, string campaignId, string? key, DateOnly today, CancellationToken token)
    {
        var parameters = new { campaignId, key };
        var rows = await connection.QueryAsync<FollowUpRow>(new CommandDefinition(
            $"""
            SELECT {FollowUpRow.Columns} FROM follow_ups
            WHERE campaign_id = @campaignId AND (@key IS NULL OR item_key = @key)
            ORDER BY {FollowUpRow.Order}
            """,
            parameters, transaction, cancellationToken: token));
        var moves = (await connection.QueryAsync<(string Key, string On, string From, string To, string? Note, string Actor)>(new CommandDefinition(
            """
            SELECT item_key, moved_on, from_status, to_status, note, actor FROM follow_up_moves
            WHERE campaign_id = @campaignId AND (@key IS NULL OR item_key = @key)
            ORDER BY item_key, seq
            """,
            parameters, transaction, cancellationToken: token)))
            .ToLookup(
                m => m.Key,
                m => new FollowUpMove(FollowUpRow.Day(m.On), FollowUpStatusText.Parse(m.From), FollowUpStatusText.Parse(m.To), m.Note, m.Actor),
                StringComparer.Ordinal);
        var calendar = await WorkingCalendarStore.ReadAsync(connection, transaction, token);
        return [.. rows.Select(r => r.ToFollowUp([.. moves[r.Item_Key]], calendar, today))];
    }
}

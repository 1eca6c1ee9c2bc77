using Appraisal.Core.Ballots;
using Appraisal.Core.FollowUps;
using Appraisal.Core.Storage;
using Appraisal.Core.Tally;
using Dapper;

namespace Appraisal.Core.Campaigns;

public sealed partial class CampaignService
{
    /// <summary>
    /// 开始: a draft with at least one rater group starts accepting ballots. In test mode (试运行) the ballots cast
    /// can be purged with <see cref="ResetTestAsync"/> before going live.
    /// </summary>
    public Task<Campaign> OpenAsync(string campaignId, bool testMode = false, CancellationToken cancellationToken = default) =>
        ChangeAsync(campaignId, "开始投票", "open", [CampaignStatus.Draft], async (connection, transaction, campaign, token) =>
        {
            if (catalog.AppraisalTypes.All(t => t.Key != campaign.TypeKey))
            {
                throw CampaignProblem.Invalid("typeKey", $"测评类型 {campaign.TypeKey} 当前不可用。", $"Appraisal type {campaign.TypeKey} is not active.");
            }

            var groups = await CampaignStore.RaterGroupsAsync(connection, transaction, campaign.Id, token);
            if (groups.Count == 0)
            {
                throw CampaignProblem.Invalid("raterGroups", "请先添加至少一个评议群体。", "Add at least one rater group first.");
            }

            if (PublicLinkSettings.Of(campaign.Settings).FindProblemAtOpen(groups) is { } problem)
            {
                throw problem;
            }

            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE campaigns SET status = 'open', test_mode = @testMode WHERE id = @id;
                INSERT INTO box_state (campaign_id, casts, sheets, head) VALUES (@id, 0, 0, @genesis);
                """,
                new { id = campaign.Id, testMode = testMode ? 1 : 0, genesis = ReceiptChain.Genesis(campaign.Id) },
                transaction, cancellationToken: token));
        }, cancellationToken);

    /// <summary>
    /// 结束: stops ballots, reveals every draw's seed, seals the box (its digest and chain head), scrubs the
    /// storage of physical traces of the casting order (<see cref="Storage.IAppraisalDatabase.ScrubAsync"/>), then tallies.
    /// A tally the type cannot compute is stored as an error and can be retried with <see cref="RetallyAsync"/>.
    /// </summary>
    public async Task<Campaign> CloseAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var closed = await ChangeAsync(campaignId, "结束投票", "close", [CampaignStatus.Open], async (connection, transaction, campaign, token) =>
        {
            // After this, casts of other hosts wait until the box is sealed and then find the campaign closed.
            await SqlDialect.LockBoxAsync(connection, transaction, campaign.Id, token);
            var digests = await connection.QueryAsync<byte[]>(new CommandDefinition(
                "SELECT digest FROM ballots WHERE campaign_id = @id", new { id = campaign.Id }, transaction, cancellationToken: token));
            await connection.ExecuteAsync(new CommandDefinition(
                """
                UPDATE campaigns SET status = 'closed', box_digest = @boxDigest,
                       chain_head = (SELECT head FROM box_state WHERE campaign_id = @id)
                WHERE id = @id;
                UPDATE draws SET seed_revealed = 1 WHERE campaign_id = @id;
                """,
                new { id = campaign.Id, boxDigest = ReceiptChain.BoxDigest(digests) }, transaction, cancellationToken: token));
        }, cancellationToken);
        await RetallyAsync(closed.Id, cancellationToken);
        await database.ScrubAsync(cancellationToken);
        return await new CampaignStore(database).FindAsync(closed.Id, cancellationToken) ?? closed;
    }

    /// <summary>
    /// Computes and stores the report of a closed campaign again (after a plugin was fixed, say). Its follow-up items
    /// are brought in step in the same write (<see cref="FollowUpLedger"/>): new keys are listed today, known keys keep
    /// their state, vanished keys are marked withdrawn.
    /// </summary>
    public async Task<CampaignReport> RetallyAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var report = await tally.TallyAsync(campaignId, cancellationToken);
        await ChangeAsync(campaignId, "计票", "tally", [CampaignStatus.Closed], async (connection, transaction, campaign, token) =>
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE campaigns SET report = @report WHERE id = @id",
                new { report = CampaignJson.Write(report), id = campaign.Id }, transaction, cancellationToken: token));
            await FollowUpLedger.SyncAsync(connection, transaction, campaign.Id, report, Today, token);
        }, cancellationToken);
        return report;
    }

    /// <summary>公布: a closed campaign with a report makes its results, anonymous ballots and chain head public.</summary>
    public Task<Campaign> PublishAsync(string campaignId, CancellationToken cancellationToken = default) =>
        ChangeAsync(campaignId, "公布结果", "publish", [CampaignStatus.Closed], async (connection, transaction, campaign, token) =>
        {
            var json = await connection.ExecuteScalarAsync<string?>(new CommandDefinition(
                "SELECT report FROM campaigns WHERE id = @id", new { id = campaign.Id }, transaction, cancellationToken: token));
            var report = json is null ? null : System.Text.Json.JsonSerializer.Deserialize<CampaignReport>(json, CampaignJson.Options);
            if (campaign.TestMode)
            {
                throw new CampaignProblem("TEST_MODE", new("试运行的活动不能公布结果；请先清除试运行数据，再正式开始。", "A trial run cannot be published; reset it and open it for real."));
            }

            if (report is null || report.Error is not null)
            {
                throw new CampaignProblem("REPORT_MISSING", new("还没有可公布的计票结果，请先重新计票。", "There is no tally to publish yet; tally again first."));
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE campaigns SET status = 'published' WHERE id = @id", new { id = campaign.Id }, transaction, cancellationToken: token));
        }, cancellationToken);

    /// <summary>
    /// Ends a trial run: a campaign opened in test mode goes back to draft, and every code, draw, ballot, receipt
    /// and public-link device of the trial is deleted (with the committee grades and follow-ups made of its tally),
    /// so the live run starts from an empty box.
    /// </summary>
    public Task<Campaign> ResetTestAsync(string campaignId, CancellationToken cancellationToken = default) =>
        ChangeAsync(campaignId, "清除试运行数据", "reset the trial", [CampaignStatus.Open, CampaignStatus.Closed], async (connection, transaction, campaign, token) =>
        {
            if (!campaign.TestMode)
            {
                throw new CampaignProblem("NOT_TEST_MODE", new("只有试运行的活动可以清除数据。", "Only a campaign opened in test mode can be reset."));
            }

            // A cast of another host still appending would otherwise leave a ballot behind the deletes below.
            await SqlDialect.LockBoxAsync(connection, transaction, campaign.Id, token);

            await connection.ExecuteAsync(new CommandDefinition(
                """
                DELETE FROM committee_grades WHERE campaign_id = @id;
                DELETE FROM follow_up_moves WHERE campaign_id = @id;
                DELETE FROM follow_ups WHERE campaign_id = @id;
                DELETE FROM ballots WHERE campaign_id = @id;
                DELETE FROM receipts WHERE campaign_id = @id;
                DELETE FROM public_devices WHERE campaign_id = @id;
                DELETE FROM box_state WHERE campaign_id = @id;
                DELETE FROM ballot_codes WHERE campaign_id = @id;
                DELETE FROM code_counts WHERE campaign_id = @id;
                DELETE FROM draws WHERE campaign_id = @id;
                UPDATE campaigns SET status = 'draft', test_mode = 0, report = NULL, box_digest = NULL, chain_head = NULL WHERE id = @id;
                """,
                new { id = campaign.Id }, transaction, cancellationToken: token));
        }, cancellationToken);
}

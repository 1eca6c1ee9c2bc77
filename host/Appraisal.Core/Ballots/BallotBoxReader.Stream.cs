using Appraisal.Core.Campaigns;
using Dapper;

namespace Appraisal.Core.Ballots;

public sealed partial class BallotBoxReader
{
    /// <summary>
    /// Hands a row-by-row cursor over a sealed (closed or published) box to <paramref name="use"/>, for exports. Who may
    /// read it is the caller's decision: this also serves organisers before publication. Throws
    /// <see cref="CampaignProblem"/> for an unknown campaign or one not closed yet (nothing is sealed before).
    /// </summary>
    public Task StreamAsync(string campaignId, Func<BallotBoxCursor, CancellationToken, Task> use, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(use);
        return database.ReadAsync(
            async (connection, token) =>
            {
                var campaign = await CampaignStore.GetAsync(connection, null, campaignId, token);
                if (campaign.Status is not (CampaignStatus.Closed or CampaignStatus.Published))
                {
                    throw CampaignProblem.WrongStatus(campaign.Status, "导出选票", "export the ballots", CampaignStatus.Closed, CampaignStatus.Published);
                }

                var sealedBox = await connection.QuerySingleAsync<(byte[] Head, byte[] Digest, long Receipts)>(new CommandDefinition(
                    "SELECT chain_head, box_digest, (SELECT COUNT(*) FROM receipts WHERE campaign_id = @campaignId) FROM campaigns WHERE id = @campaignId",
                    new { campaignId }, cancellationToken: token));
                var cast = await CastPerGroupAsync(connection, campaign, token);
                var keys = SheetKeys.Of(campaign.Questionnaire, await CampaignStore.SubjectsAsync(connection, null, campaignId, token));
                await use(new BallotBoxCursor(
                    connection, campaign, keys, checked((int)sealedBox.Receipts), Convert.ToHexStringLower(sealedBox.Head),
                    Convert.ToHexStringLower(sealedBox.Digest), cast), token);
                return true;
            },
            cancellationToken);
    }
}

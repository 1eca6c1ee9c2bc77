using Appraisal.Core.Campaigns;
using Appraisal.Core.Storage;
using Dapper;

namespace Appraisal.Core.Ballots;

/// <summary>Reads what a published campaign makes public of its ballot box.</summary>
public sealed partial class BallotBoxReader(IAppraisalDatabase database)
{
    /// <summary>The published box, or a <see cref="CampaignProblem"/> when the campaign is not published.</summary>
    public Task<PublishedBox> ReadAsync(string campaignId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async (connection, token) =>
            {
                var campaign = await CampaignStore.GetAsync(connection, null, campaignId, token);
                if (campaign.Status != CampaignStatus.Published)
                {
                    throw new CampaignProblem("NOT_PUBLISHED", new("结果公布后才能查看投票箱。", "The ballot box is public once the results are published."), "campaignId");
                }

                var sealedBox = await connection.QuerySingleAsync<(byte[] Head, byte[] Digest)>(new CommandDefinition(
                    "SELECT chain_head, box_digest FROM campaigns WHERE id = @campaignId", new { campaignId }, cancellationToken: token));
                var receipts = (await connection.QueryAsync<byte[]>(new CommandDefinition(
                    "SELECT digest FROM receipts WHERE campaign_id = @campaignId ORDER BY seq", new { campaignId }, cancellationToken: token))).ToArray();
                var rows = (await connection.QueryAsync<(byte[] Id, string Group, byte[] Answers, byte[] Digest)>(new CommandDefinition(
                    "SELECT ballot_id, group_key, answers, digest FROM ballots WHERE campaign_id = @campaignId ORDER BY ballot_id",
                    new { campaignId }, cancellationToken: token))).ToArray();
                var cast = await CastPerGroupAsync(connection, campaign, token);
                var pool = new StringPool();
                var keys = SheetKeys.Of(campaign.Questionnaire, await CampaignStore.SubjectsAsync(connection, null, campaignId, token));
                var sheets = rows
                    .Where(r => cast.GetValueOrDefault(r.Group) >= campaign.MinimumCellSize)
                    .Select(r => new PublishedSheet(Convert.ToHexStringLower(r.Id), r.Group, SheetStorage.Decode(r.Answers, keys, pool), Convert.ToHexStringLower(r.Digest)))
                    .ToArray();
                return new PublishedBox(
                    campaign.Id, receipts.Length, Convert.ToHexStringLower(sealedBox.Head), Convert.ToHexStringLower(sealedBox.Digest),
                    [.. receipts.Select(Convert.ToHexStringLower)], sheets, rows.Length - sheets.Length);
            },
            cancellationToken);

    /// <summary>
    /// Ballots cast per rater group. Small groups are judged by ballots cast (spent codes, and public-link ballots that
    /// spent none), not sheets: a split ballot is several sheets.
    /// </summary>
    private static async Task<Dictionary<string, long>> CastPerGroupAsync(System.Data.Common.DbConnection connection, Campaign campaign, CancellationToken token)
    {
        var cast = (await connection.QueryAsync<(string Group, long Count)>(new CommandDefinition(
            "SELECT group_key, spent FROM code_counts WHERE campaign_id = @campaignId",
            new { campaignId = campaign.Id }, cancellationToken: token))).ToDictionary(g => g.Group, g => g.Count);
        if (PublicLinkSettings.Of(campaign.Settings) is { CastsWithoutCode: true, GroupKey: { } publicGroup })
        {
            cast[publicGroup] = cast.GetValueOrDefault(publicGroup) + await CampaignStore.PublicDevicesAsync(connection, null, campaign.Id, token);
        }

        return cast;
    }
}

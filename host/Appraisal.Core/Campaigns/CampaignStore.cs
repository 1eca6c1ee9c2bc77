using System.Data.Common;
using Appraisal.Core.Storage;
using Appraisal.PluginApi.Ballots;
using Dapper;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// Reads of campaigns and what belongs to them. The statements take a connection (and, inside a write, its
/// transaction), so the same read serves a page and a rule check inside the writer's transaction.
/// </summary>
public sealed class CampaignStore(IAppraisalDatabase database)
{
    /// <summary>One campaign, or null.</summary>
    public Task<Campaign?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        database.ReadAsync((connection, token) => FindAsync(connection, null, id, token), cancellationToken);

    /// <summary>Campaigns, newest first; only those of <paramref name="ownerAccountId"/> when it is given.</summary>
    public Task<IReadOnlyList<Campaign>> ListAsync(string? ownerAccountId, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<Campaign>>(
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<CampaignRow>(new CommandDefinition(
                    $"""
                    SELECT {CampaignRow.Columns} FROM campaigns
                    WHERE @owner IS NULL OR owner_account_id = @owner
                    ORDER BY created_on DESC, title
                    """,
                    new { owner = ownerAccountId }, cancellationToken: token));
                return [.. rows.Select(r => r.ToCampaign())];
            },
            cancellationToken);

    /// <summary>The campaign's subjects in the order added.</summary>
    public Task<IReadOnlyList<Subject>> SubjectsAsync(string campaignId, CancellationToken cancellationToken = default) =>
        database.ReadAsync((connection, token) => SubjectsAsync(connection, null, campaignId, token), cancellationToken);

    /// <summary>The campaign's rater groups in the order added.</summary>
    public Task<IReadOnlyList<CampaignRaterGroup>> RaterGroupsAsync(string campaignId, CancellationToken cancellationToken = default) =>
        database.ReadAsync((connection, token) => RaterGroupsAsync(connection, null, campaignId, token), cancellationToken);

    /// <summary>The campaign's draws; seeds only once revealed.</summary>
    public Task<IReadOnlyList<CampaignDraw>> DrawsAsync(string campaignId, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<CampaignDraw>>(
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<(long DrawNo, string GroupKey, string Strategy, string Parameters, string Commitment, string Seed, long Revealed, long CodeCount)>(
                    new CommandDefinition(
                        """
                        SELECT draw_no, group_key, strategy, parameters, commitment, seed, seed_revealed, code_count
                        FROM draws WHERE campaign_id = @campaignId ORDER BY draw_no
                        """,
                        new { campaignId }, cancellationToken: token));
                return [.. rows.Select(r => new CampaignDraw(
                    (int)r.DrawNo, r.GroupKey, r.Strategy, r.Parameters, r.Commitment, r.Revealed == 1 ? r.Seed : null, (int)r.CodeCount))];
            },
            cancellationToken);

    /// <summary>Issued and returned codes per rater group, and public-link ballots — counts only, never which code or device.</summary>
    public Task<IReadOnlyList<TurnoutRow>> TurnoutAsync(string campaignId, CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<TurnoutRow>>(
            async (connection, token) =>
            {
                var rows = await connection.QueryAsync<(string GroupKey, long Issued, long Returned, long Voided)>(new CommandDefinition(
                    """
                    SELECT g.group_key, COALESCE(c.issued - c.voided, 0), COALESCE(c.spent, 0), COALESCE(c.voided, 0)
                    FROM rater_groups g
                    LEFT JOIN code_counts c ON c.campaign_id = g.campaign_id AND c.group_key = g.group_key
                    WHERE g.campaign_id = @campaignId
                    ORDER BY g.ordinal
                    """,
                    new { campaignId }, cancellationToken: token));
                var link = PublicLinkSettings.Of((await GetAsync(connection, null, campaignId, token)).Settings);
                var devices = link.Enabled ? await PublicDevicesAsync(connection, null, campaignId, token) : 0;
                return [.. rows.Select(r =>
                {
                    var viaLink = r.GroupKey == link.GroupKey ? (int)devices : 0;
                    var codeless = link.CastsWithoutCode ? viaLink : 0;
                    return new TurnoutRow(r.GroupKey, (int)r.Issued, (int)r.Returned + codeless, (int)r.Voided, viaLink);
                })];
            },
            cancellationToken);

    /// <summary>The stored report and the sealed digests of a campaign.</summary>
    public Task<CampaignResults> ResultsAsync(string campaignId, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async (connection, token) =>
            {
                var row = await connection.QuerySingleOrDefaultAsync<(string? Report, byte[]? Head, byte[]? Digest)>(new CommandDefinition(
                    "SELECT report, chain_head, box_digest FROM campaigns WHERE id = @campaignId", new { campaignId }, cancellationToken: token));
                return new CampaignResults(
                    row.Report is null ? null : System.Text.Json.JsonSerializer.Deserialize<Tally.CampaignReport>(row.Report, CampaignJson.Options),
                    row.Head is null ? null : Convert.ToHexStringLower(row.Head),
                    row.Digest is null ? null : Convert.ToHexStringLower(row.Digest));
            },
            cancellationToken);

    internal static async Task<Campaign?> FindAsync(DbConnection connection, DbTransaction? transaction, string id, CancellationToken token)
    {
        var row = await connection.QuerySingleOrDefaultAsync<CampaignRow>(new CommandDefinition(
            $"SELECT {CampaignRow.Columns} FROM campaigns WHERE id = @id", new { id }, transaction, cancellationToken: token));
        return row?.ToCampaign();
    }

    /// <summary>How many devices cast a ballot from the campaign's public page.</summary>
    internal static Task<long> PublicDevicesAsync(DbConnection connection, DbTransaction? transaction, string campaignId, CancellationToken token) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM public_devices WHERE campaign_id = @campaignId", new { campaignId }, transaction, cancellationToken: token));

    internal static async Task<Campaign> GetAsync(DbConnection connection, DbTransaction? transaction, string id, CancellationToken token) =>
        await FindAsync(connection, transaction, id, token) ?? throw CampaignProblem.NotFound(id);

    /// <summary>
    /// The campaign as a write that changes it reads it: on PostgreSQL its row stays locked until the write commits, so
    /// two hosts changing one campaign take turns and each checks its rule against what the other left.
    /// </summary>
    internal static async Task<Campaign> GetForChangeAsync(DbConnection connection, DbTransaction transaction, string id, CancellationToken token)
    {
        var row = await connection.QuerySingleOrDefaultAsync<CampaignRow>(new CommandDefinition(
            $"SELECT {CampaignRow.Columns} FROM campaigns WHERE id = @id{SqlDialect.ForUpdate(connection)}",
            new { id }, transaction, cancellationToken: token));
        return row?.ToCampaign() ?? throw CampaignProblem.NotFound(id);
    }

    internal static async Task<IReadOnlyList<Subject>> SubjectsAsync(DbConnection connection, DbTransaction? transaction, string campaignId, CancellationToken token)
    {
        var rows = await connection.QueryAsync<SubjectRow>(new CommandDefinition(
            "SELECT subject_id, name, unit_class, attributes FROM subjects WHERE campaign_id = @campaignId ORDER BY ordinal",
            new { campaignId }, transaction, cancellationToken: token));
        return [.. rows.Select(r => r.ToSubject())];
    }

    internal static async Task<IReadOnlyList<CampaignRaterGroup>> RaterGroupsAsync(DbConnection connection, DbTransaction? transaction, string campaignId, CancellationToken token)
    {
        var rows = await connection.QueryAsync<RaterGroupRow>(new CommandDefinition(
            """
            SELECT group_key, name_zh, name_en, weight, weights_by_class, planned_size
            FROM rater_groups WHERE campaign_id = @campaignId ORDER BY ordinal
            """,
            new { campaignId }, transaction, cancellationToken: token));
        return [.. rows.Select(r => r.ToGroup())];
    }
}

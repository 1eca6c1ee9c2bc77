using System.Data.Common;
using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;
using Dapper;

namespace Appraisal.Core.Tally;

/// <summary>
/// 计票: reads a campaign's anonymous ballot sheets, hands them to the type's aggregator (a guarded plugin call
/// with a timeout) and suppresses small cells. The ballots are read in their stored order, which is random.
/// </summary>
public sealed class TallyService(IAppraisalDatabase database, PluginCatalog catalog)
{
    /// <summary>Computes the report of a campaign from its ballot box. Plugin failures come back as <see cref="CampaignReport.Error"/>.</summary>
    public async Task<CampaignReport> TallyAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var store = new CampaignStore(database);
        var campaign = await store.FindAsync(campaignId, cancellationToken) ?? throw CampaignProblem.NotFound(campaignId);
        var subjects = await store.SubjectsAsync(campaignId, cancellationToken);
        var groups = await store.RaterGroupsAsync(campaignId, cancellationToken);
        var (casts, ballots) = await ReadBallotsAsync(campaignId, cancellationToken);
        var input = new AggregationInput(
            campaign.Questionnaire, subjects, [.. groups.Select(g => g.Group)], ballots, campaign.Settings, campaign.MinimumCellSize);
        try
        {
            var report = await catalog.InvokeAsync(campaign.TypeKey, (type, token) => type.Aggregator.Aggregate(input, token), cancellationToken);
            return new CampaignReport(casts, ballots.Count, ReportSuppression.Apply(report.Tables, casts, campaign.MinimumCellSize), campaign.MinimumCellSize);
        }
        catch (PluginCallException exception)
        {
            return new CampaignReport(casts, ballots.Count, [], campaign.MinimumCellSize, exception.Message);
        }
    }

    /// <summary>
    /// The typed report object the type's aggregator returns (<see cref="AppraisalReport.Details"/>), for the
    /// plugin's GraphQL extension. It is a plugin's object: callers keep it only as long as the schema that binds
    /// its type. Null when the type has none, the tally fails, or fewer ballots than the minimum were cast.
    /// </summary>
    public async Task<object?> DetailsAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var store = new CampaignStore(database);
        var campaign = await store.FindAsync(campaignId, cancellationToken) ?? throw CampaignProblem.NotFound(campaignId);
        var subjects = await store.SubjectsAsync(campaignId, cancellationToken);
        var groups = await store.RaterGroupsAsync(campaignId, cancellationToken);
        var (casts, ballots) = await ReadBallotsAsync(campaignId, cancellationToken);
        if (casts < campaign.MinimumCellSize)
        {
            return null;
        }

        var input = new AggregationInput(
            campaign.Questionnaire, subjects, [.. groups.Select(g => g.Group)], ballots, campaign.Settings, campaign.MinimumCellSize);
        try
        {
            return await catalog.InvokeAsync(campaign.TypeKey, (type, token) => type.Aggregator.Aggregate(input, token).Details, cancellationToken);
        }
        catch (PluginCallException)
        {
            return null;
        }
    }

    /// <summary>Every ballot sheet of a campaign, decoded, with the number of ballots cast.</summary>
    public Task<(int Casts, IReadOnlyList<AnonymousBallot> Ballots)> ReadBallotsAsync(string campaignId, CancellationToken cancellationToken = default) =>
        database.ReadAsync<(int, IReadOnlyList<AnonymousBallot>)>(
            async (connection, token) =>
            {
                var casts = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "SELECT casts FROM box_state WHERE campaign_id = @campaignId", new { campaignId }, cancellationToken: token)) ?? 0;
                return ((int)casts, await ReadSheetsAsync(connection, campaignId, token));
            },
            cancellationToken);

    private static async Task<IReadOnlyList<AnonymousBallot>> ReadSheetsAsync(DbConnection connection, string campaignId, CancellationToken token)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_key, answers FROM ballots WHERE campaign_id = $campaignId";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$campaignId";
        parameter.Value = campaignId;
        command.Parameters.Add(parameter);
        var pool = new StringPool();
        var ballots = new List<AnonymousBallot>();
        await using var reader = await command.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token))
        {
            var group = string.Intern(reader.GetString(0));
            var answers = BallotSheetCodec.Decode((byte[])reader.GetValue(1), pool);
            ballots.Add(new AnonymousBallot(group, answers));
        }

        return ballots;
    }
}

using Appraisal.Core.Ballots;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Reports;
using Dapper;

namespace Appraisal.Core.Tally;

/// <summary>
/// 计票: reads a campaign's anonymous ballot sheets, counts them (<see cref="BoxReading"/>), hands the counts and the
/// ballots (decoded only if the aggregator reads them) to the type's aggregator (a guarded plugin call with a timeout that grows with the box) and suppresses small cells.
/// The ballots are read in their stored order, which is random.
/// </summary>
public sealed class TallyService(IAppraisalDatabase database, PluginCatalog catalog)
{
    /// <summary>
    /// Sheets a tally may count per second of the plugin call timeout on top of the timeout itself. The timeout is
    /// there to stop a plugin that hangs; an aggregator's honest work grows with the box, and a fixed limit would turn
    /// every large enough campaign into an error report at close. A hung plugin is still stopped, only later.
    /// </summary>
    public const int SheetsPerTimeoutSecond = 10_000;

    /// <summary>Computes the report of a campaign from its ballot box. Plugin failures come back as <see cref="CampaignReport.Error"/>.</summary>
    public async Task<CampaignReport> TallyAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var (campaign, casts, input) = await InputAsync(campaignId, cancellationToken);
        var sheets = input.Ballots.Count;
        try
        {
            var report = await catalog.InvokeAsync(
                campaign.TypeKey, (type, token) => type.Aggregator.Aggregate(input, token), cancellationToken, AggregationTimeout(sheets));
            if (FollowUpCheck.FindProblem(report) is { } problem)
            {
                return new CampaignReport(casts, sheets, [], campaign.MinimumCellSize,
                    $"The appraisal type {campaign.TypeKey} returned an unusable follow-up list: {problem}");
            }

            return new CampaignReport(casts, sheets, ReportSuppression.Apply(report.Tables, casts, campaign.MinimumCellSize), campaign.MinimumCellSize)
            {
                // Copied into the host's own array: the plugin's list may be a type of its assembly (PLUGINS.md §1.2).
                FollowUps = casts < campaign.MinimumCellSize ? [] : [.. report.FollowUps],
                FollowUpDeadlineWorkingDays = report.FollowUpDeadlineWorkingDays,
            };
        }
        catch (PluginCallException exception)
        {
            return new CampaignReport(casts, sheets, [], campaign.MinimumCellSize, exception.Message);
        }
    }

    /// <summary>
    /// The typed report object the type's aggregator returns (<see cref="AppraisalReport.Details"/>), for the
    /// plugin's GraphQL extension. It is a plugin's object: callers keep it only as long as the schema that binds
    /// its type. Null when the type has none, the tally fails, or fewer ballots than the minimum were cast.
    /// </summary>
    public async Task<object?> DetailsAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var (campaign, casts, input) = await InputAsync(campaignId, cancellationToken);
        if (casts < campaign.MinimumCellSize)
        {
            return null;
        }

        try
        {
            return await catalog.InvokeAsync(
                campaign.TypeKey, (type, token) => type.Aggregator.Aggregate(input, token).Details, cancellationToken,
                AggregationTimeout(input.Ballots.Count));
        }
        catch (PluginCallException)
        {
            return null;
        }
    }

    /// <summary>Every ballot sheet of a campaign (decoded on first use), with the number of ballots cast.</summary>
    public async Task<(int Casts, IReadOnlyList<AnonymousBallot> Ballots)> ReadBallotsAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var box = await ReadBoxAsync(campaignId, cancellationToken);
        return (box.Casts, box.Ballots);
    }

    /// <summary>A campaign's box as a tally reads it: ballots cast, the sheets, and their counts.</summary>
    public async Task<TallyBox> ReadBoxAsync(string campaignId, CancellationToken cancellationToken = default)
    {
        var store = new CampaignStore(database);
        var campaign = await store.FindAsync(campaignId, cancellationToken) ?? throw CampaignProblem.NotFound(campaignId);
        var plan = new CountingPlan(campaign.Questionnaire, SheetKeys.Of(campaign.Questionnaire, await store.SubjectsAsync(campaignId, cancellationToken)));
        return await database.ReadAsync(
            async (connection, token) =>
            {
                var casts = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "SELECT casts FROM box_state WHERE campaign_id = @campaignId", new { campaignId }, cancellationToken: token)) ?? 0;
                return await BoxReading.ReadAsync(connection, campaignId, (int)casts, plan, token);
            },
            cancellationToken);
    }

    /// <summary>How long the aggregator of a box of <paramref name="sheets"/> sheets may take (see <see cref="SheetsPerTimeoutSecond"/>).</summary>
    public TimeSpan AggregationTimeout(int sheets) =>
        catalog.CallTimeout + TimeSpan.FromSeconds((double)sheets / SheetsPerTimeoutSecond);

    private async Task<(Campaign Campaign, int Casts, AggregationInput Input)> InputAsync(string campaignId, CancellationToken cancellationToken)
    {
        var store = new CampaignStore(database);
        var campaign = await store.FindAsync(campaignId, cancellationToken) ?? throw CampaignProblem.NotFound(campaignId);
        var subjects = await store.SubjectsAsync(campaignId, cancellationToken);
        var groups = await store.RaterGroupsAsync(campaignId, cancellationToken);
        var box = await ReadBoxAsync(campaignId, cancellationToken);
        var input = new AggregationInput(
            campaign.Questionnaire, subjects, [.. groups.Select(g => g.Group)], box.Ballots, campaign.Settings, campaign.MinimumCellSize);
        input = box.Options is { } options ? input with { Options = options } : input;
        return (campaign, box.Casts, box.Scores is { } scores ? input with { Scores = scores } : input);
    }
}

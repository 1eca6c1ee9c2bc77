using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.Host.Pages.Charts;
using Appraisal.Host.Pages.Localization;

namespace Appraisal.Host.Pages.Admin.Results;

/// <summary>What the results page and the printable report show of one campaign, read once per request.</summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="TypeName">Its appraisal type's name in the page's language (the key when no plugin serves it).</param>
/// <param name="Results">The stored report and digests; the report is null until the campaign is closed and tallied.</param>
/// <param name="Turnout">Issued and returned per rater group, with the group's name.</param>
/// <param name="Charts">The charts of the report (none for a type without one).</param>
public sealed record ResultsModel(
    Campaign Campaign,
    string TypeName,
    CampaignResults Results,
    IReadOnlyList<(string Group, TurnoutRow Row)> Turnout,
    IReadOnlyList<BarChartModel> Charts)
{
    /// <summary>Whether results exist at all: after close (and publication).</summary>
    public bool Sealed => Campaign.Status is CampaignStatus.Closed or CampaignStatus.Published;

    public static async Task<ResultsModel> LoadAsync(Campaign campaign, CampaignStore store, PluginCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalog);
        var type = catalog.AppraisalTypes.FirstOrDefault(t => t.Key == campaign.TypeKey);
        var results = await store.ResultsAsync(campaign.Id, cancellationToken);
        var groups = (await store.RaterGroupsAsync(campaign.Id, cancellationToken)).ToDictionary(g => g.Group.Key, g => g.Group.Name, StringComparer.Ordinal);
        var turnout = (await store.TurnoutAsync(campaign.Id, cancellationToken))
            .Select(row => (groups.TryGetValue(row.GroupKey, out var name) ? PageLanguage.Text(name) : row.GroupKey, row))
            .ToArray();
        var charts = results.Report is { Error: null } report ? ResultCharts.For(campaign.TypeKey, report.Tables) : [];
        return new ResultsModel(campaign, type is null ? campaign.TypeKey : PageLanguage.Text(type.Name), results, turnout, charts);
    }
}

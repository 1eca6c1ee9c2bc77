using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.Host.Pages.Localization;

namespace Appraisal.Host.Pages.Admin.Campaigns;

/// <summary>A campaign as the console lists it: its type's name and its turnout so far (counts only).</summary>
/// <param name="Campaign">The campaign.</param>
/// <param name="TypeName">The appraisal type's name in the page's language; its key when no active plugin serves it.</param>
/// <param name="Turnout">Issued and returned per rater group.</param>
public sealed record CampaignSummary(Campaign Campaign, string TypeName, IReadOnlyList<TurnoutRow> Turnout)
{
    /// <summary>Codes issued and not voided, over every group.</summary>
    public int Issued => Turnout.Sum(t => t.Issued);

    /// <summary>Ballots returned, over every group.</summary>
    public int Returned => Turnout.Sum(t => t.Returned);

    public static async Task<CampaignSummary> ReadAsync(
        Campaign campaign, CampaignStore store, PluginCatalog catalog, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(catalog);
        var type = catalog.AppraisalTypes.FirstOrDefault(t => t.Key == campaign.TypeKey);
        var name = type is null ? campaign.TypeKey : PageLanguage.Text(type.Name);
        return new CampaignSummary(campaign, name, await store.TurnoutAsync(campaign.Id, cancellationToken));
    }
}

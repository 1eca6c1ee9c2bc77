using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.Core.Security;
using Appraisal.Host.Pages.Admin.Shell;
using Appraisal.Host.Pages.Hosting;
using Microsoft.AspNetCore.Components;

namespace Appraisal.Host.Pages.Admin.Results;

/// <summary>
/// What the results page and the printable report do before rendering: find the campaign as the caller may read it
/// (a missing campaign and someone else's answer the same 404) and load what both show.
/// </summary>
public abstract class ResultsPageBase : ComponentBase
{
    [Parameter]
    public string Id { get; set; } = "";

    [CascadingParameter]
    protected Caller Caller { get; set; } = default!;

    [CascadingParameter]
    protected HttpContext HttpContext { get; set; } = default!;

    [Inject]
    protected AdminAccess Access { get; set; } = default!;

    [Inject]
    protected CampaignStore Store { get; set; } = default!;

    [Inject]
    protected PluginCatalog Catalog { get; set; } = default!;

    /// <summary>Null when the caller may not read the campaign (or there is none).</summary>
    protected ResultsModel? Model { get; private set; }

    protected override async Task OnInitializedAsync()
    {
        var campaign = await Access.ReadableAsync(Caller, Id, HttpContext.RequestAborted);
        if (campaign is null)
        {
            PageStatus.Set(HttpContext, StatusCodes.Status404NotFound);
            return;
        }

        Model = await ResultsModel.LoadAsync(campaign, Store, Catalog, HttpContext.RequestAborted);
    }
}

using Appraisal.Core.Campaigns;
using Appraisal.Core.Security;
using Appraisal.Host.Imports;
using Appraisal.Host.Pages.Admin.Rosters;
using Appraisal.Host.Pages.Admin.Shell;
using Appraisal.Host.Pages.Hosting;
using Appraisal.Host.Pages.Localization;
using Appraisal.PluginApi.Ballots;
using Microsoft.AspNetCore.Components;

namespace Appraisal.Host.Pages.Admin.Codes;

/// <summary>The state and the two form handlers of the codes page.</summary>
public sealed partial class CodesPage
{
    /// <summary>
    /// The most slips one issue prints: a thousand QR codes are a 125-page sheet of some megabytes. The service
    /// takes more at once through the API; the page keeps its answer a document a browser prints without trouble.
    /// </summary>
    public const int MaxSlips = 1000;

    private Campaign? _campaign;
    private IReadOnlyList<Subject> _subjects = [];
    private IReadOnlyList<CampaignRaterGroup> _groups = [];
    private IReadOnlyList<TurnoutRow> _turnout = [];
    private IReadOnlyList<CampaignDraw> _draws = [];
    private IReadOnlyList<ImportProblem> _problems = [];
    private IReadOnlyDictionary<string, string> _names = new Dictionary<string, string>();
    private IssuedBatch? _batch;
    private string? _refusal;
    private int? _voided;
    private int _typed;

    [Parameter]
    public string Id { get; set; } = "";

    [SupplyParameterFromForm(FormName = "issue")]
    private string? Group { get; set; }

    [SupplyParameterFromForm(FormName = "issue")]
    private string? Strategy { get; set; }

    [SupplyParameterFromForm(FormName = "issue")]
    private int? Count { get; set; }

    [SupplyParameterFromForm(FormName = "issue")]
    private int? PerRater { get; set; }

    [SupplyParameterFromForm(FormName = "issue")]
    private string? ExcludeOffice { get; set; }

    [SupplyParameterFromForm(FormName = "issue")]
    private int? SampleSize { get; set; }

    [SupplyParameterFromForm(FormName = "void")]
    private string? Codes { get; set; }

    [CascadingParameter]
    private Caller Caller { get; set; } = default!;

    [CascadingParameter]
    private HttpContext HttpContext { get; set; } = default!;

    [Inject]
    private AdminAccess Access { get; set; } = default!;

    [Inject]
    private CampaignStore Store { get; set; } = default!;

    [Inject]
    private CampaignService Campaigns { get; set; } = default!;

    [Inject]
    private AuditLog Audit { get; set; } = default!;

    private IssueStrategy Chosen => Enum.TryParse<IssueStrategy>(Strategy, out var strategy) ? strategy : IssueStrategy.Slips;

    /// <summary>Codes are issued and voided in a draft or while open, never after close (the service's rule).</summary>
    private bool Changeable =>
        _campaign is not null && AdminAccess.CanManage(Caller, _campaign) && _campaign.Status is CampaignStatus.Draft or CampaignStatus.Open;

    /// <summary>Where the request came to: what a phone scanning a slip must open.</summary>
    private string Origin => $"{HttpContext.Request.Scheme}://{HttpContext.Request.Host}";

    protected override async Task OnInitializedAsync()
    {
        _campaign = await Access.ReadableAsync(Caller, Id, HttpContext.RequestAborted);
        if (_campaign is null)
        {
            PageStatus.Set(HttpContext, StatusCodes.Status404NotFound);
            return;
        }

        await ReadCountsAsync();
    }

    private async Task IssueAsync()
    {
        if (!MayChange())
        {
            return;
        }

        try
        {
            var (request, names, expected) = Chosen switch
            {
                IssueStrategy.BalancedPeer => (
                    new IssueRequest(Group ?? "", IssueStrategy.BalancedPeer, SubjectsPerRater: PerRater, ExclusionAttribute: ExcludeOffice is null ? null : "office"),
                    _subjects.ToDictionary(s => s.Id, s => s.Name),
                    _subjects.Count),
                IssueStrategy.StratifiedSample => await SampleAsync(),
                _ => (new IssueRequest(Group ?? "", IssueStrategy.Slips, Count: Count), new Dictionary<string, string>(), Count ?? 0),
            };
            if (_problems.Count > 0)
            {
                PageStatus.Set(HttpContext, StatusCodes.Status422UnprocessableEntity);
                return;
            }

            if (expected > MaxSlips)
            {
                Refuse(CodesText.TooMany(MaxSlips), StatusCodes.Status422UnprocessableEntity);
                return;
            }

            var batch = await Campaigns.IssueBallotsAsync(_campaign!.Id, request, HttpContext.RequestAborted);
            // The entry the API's issueBallots writes: counts and the commitment, never a code.
            await Audit.AppendAsync(Caller, "campaign.codes.issue", _campaign.Id,
                new { request.GroupKey, Strategy = request.Strategy.ToString(), batch.DrawNo, Codes = batch.Ballots.Count, batch.Commitment }, CancellationToken.None);
            (_batch, _names) = (batch, names);
        }
        catch (ImportException exception)
        {
            _problems = [exception.Problem];
            PageStatus.Set(HttpContext, StatusCodes.Status422UnprocessableEntity);
        }
        catch (CampaignProblem problem)
        {
            Refuse(problem);
        }
    }

    private async Task VoidAsync()
    {
        if (!MayChange())
        {
            return;
        }

        // One code per line (or separated by commas): a code itself may be typed with spaces, as on the entry page.
        var typed = (Codes ?? "").Split(['\r', '\n', ',', '，', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (typed.Length == 0)
        {
            Refuse(CodesText.NoCodes, StatusCodes.Status422UnprocessableEntity);
            return;
        }

        try
        {
            var voided = await Campaigns.VoidCodesAsync(_campaign!.Id, typed, HttpContext.RequestAborted);
            await Audit.AppendAsync(Caller, "campaign.codes.void", _campaign.Id, new { Requested = typed.Length, Voided = voided }, CancellationToken.None);
            (_voided, _typed) = (voided, typed.Length);
            await ReadCountsAsync();
        }
        catch (CampaignProblem problem)
        {
            Refuse(problem);
        }
    }

    /// <summary>A stratified request from the uploaded frame; the frame's problems go to <see cref="_problems"/>.</summary>
    private async Task<(IssueRequest Request, IReadOnlyDictionary<string, string> Names, int Expected)> SampleAsync()
    {
        var frame = SampleFrameImport.Check(RosterImport.Read(await RosterUpload.ReadAsync(HttpContext, "Frame")));
        _problems = frame.Problems;
        return (new IssueRequest(Group ?? "", IssueStrategy.StratifiedSample, Roster: frame.Entries, SampleSize: SampleSize), frame.Names, SampleSize ?? 0);
    }

    /// <summary>Whether the caller may change this campaign; answers 404 (not theirs to see) or 403 (observer) otherwise.</summary>
    private bool MayChange()
    {
        if (_campaign is null)
        {
            return false;
        }

        if (AdminAccess.CanManage(Caller, _campaign))
        {
            return true;
        }

        Refuse(SubjectsText.Forbidden, StatusCodes.Status403Forbidden);
        return false;
    }

    private void Refuse(CampaignProblem problem) =>
        Refuse(PageLanguage.Text(problem.Text), problem.Code == "CAMPAIGN_WRONG_STATUS" ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity);

    private void Refuse(string message, int status)
    {
        _refusal = message;
        PageStatus.Set(HttpContext, status);
    }

    private async Task ReadCountsAsync()
    {
        var id = _campaign!.Id;
        _subjects = await Store.SubjectsAsync(id, HttpContext.RequestAborted);
        _groups = await Store.RaterGroupsAsync(id, HttpContext.RequestAborted);
        _turnout = await Store.TurnoutAsync(id, HttpContext.RequestAborted);
        _draws = await Store.DrawsAsync(id, HttpContext.RequestAborted);
    }
}

using Appraisal.Core.Campaigns;
using Appraisal.Core.Security;

namespace Appraisal.Host.Pages.Admin.Shell;

/// <summary>
/// Who is using the console and which campaigns they may see, per request (a scoped service). The caller comes from
/// the session cookie; campaigns are filtered by <see cref="CampaignAccess"/>, the rules the GraphQL API applies,
/// so a page never shows more than the API would give the same person.
/// </summary>
/// <remarks>
/// The admin key is not accepted here: it is a bearer credential for scripts, printed once, with no name to show
/// or to put in the audit log as a person. Staff sign in with an account; the first admin account is made with the
/// key through the API (the login page says how).
/// </remarks>
public sealed class AdminAccess(AccountStore accounts, CampaignStore campaigns)
{
    private Task<Caller>? _caller;

    /// <summary>The caller behind the request's session cookie (anonymous without a live session); resolved once per request.</summary>
    public Task<Caller> CallerAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return _caller ??= ResolveAsync(http);
    }

    /// <summary>The campaigns the caller may see, newest first, as the API's <c>campaigns</c> lists them.</summary>
    public async Task<IReadOnlyList<Campaign>> CampaignsAsync(Caller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.IsAuthenticated ? await campaigns.ListAsync(CampaignAccess.ListOwner(caller), cancellationToken) : [];
    }

    /// <summary>
    /// The campaign, or null when there is none or the caller may not see it. Pages answer both with the same
    /// "not found", so an address tells nobody whether someone else's campaign exists.
    /// </summary>
    public async Task<Campaign?> ReadableAsync(Caller caller, string campaignId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsAuthenticated)
        {
            return null;
        }

        var campaign = await campaigns.FindAsync(campaignId, cancellationToken);
        return campaign is not null && CampaignAccess.CanRead(caller, campaign) ? campaign : null;
    }

    /// <summary>Whether the caller may change the campaign (admins any, organizers their own, observers none).</summary>
    public static bool CanManage(Caller caller, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(campaign);
        return caller.CanManage(campaign.OwnerAccountId);
    }

    private async Task<Caller> ResolveAsync(HttpContext http) =>
        await accounts.ResolveSessionAsync(AdminSession.Token(http), http.RequestAborted) ?? Caller.Anonymous;
}

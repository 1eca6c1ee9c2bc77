using Appraisal.Core.Campaigns;
using Appraisal.Core.Security;
using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Types;

namespace Appraisal.Host.Api.Campaigns;

/// <summary>
/// Who is calling, and whether they may: the caller is resolved once per request from the
/// <c>Authorization</c> header (admin key or organizer session) and kept in the request's items.
/// </summary>
internal static class ApiAccess
{
    private const string CallerItem = "appraisal.caller";

    public static HttpContext Http(FieldContext context) =>
        context.Services?.GetService<IHttpContextAccessor>()?.HttpContext
            ?? throw new InvalidOperationException("The campaign API runs only inside an HTTP request.");

    public static T Service<T>(FieldContext context)
        where T : notnull => context.Services!.GetRequiredService<T>();

    public static Task<Caller> CallerAsync(FieldContext context)
    {
        var http = Http(context);
        if (http.Items.TryGetValue(CallerItem, out var cached) && cached is Task<Caller> known)
        {
            return known;
        }

        var resolving = Service<CallerResolver>(context).ResolveAsync(http.Request.Headers.Authorization.ToString(), context.CancellationToken);
        http.Items[CallerItem] = resolving;
        return resolving;
    }

    /// <summary>An admin or organizer; anyone else gets UNAUTHENTICATED or FORBIDDEN.</summary>
    public static async Task<Caller> ManagerAsync(FieldContext context)
    {
        var caller = await CallerAsync(context);
        if (!caller.IsAuthenticated)
        {
            throw Unauthenticated();
        }

        if (!CampaignAccess.IsManager(caller))
        {
            throw Forbidden();
        }

        return caller;
    }

    /// <summary>The campaign, when the caller may change it.</summary>
    public static async Task<(Caller Caller, Campaign Campaign)> ManageableAsync(FieldContext context, string campaignId)
    {
        var caller = await ManagerAsync(context);
        var campaign = await Service<CampaignStore>(context).FindAsync(campaignId, context.CancellationToken);
        if (campaign is null)
        {
            throw ApiErrors.From(CampaignProblem.NotFoundFor(campaignId));
        }

        return caller.CanManage(campaign.OwnerAccountId) ? (caller, campaign) : throw Forbidden();
    }

    /// <summary>Whether the caller may read the campaign: managers and observers as their role allows; anyone once published.</summary>
    public static async Task<bool> CanReadAsync(FieldContext context, Campaign campaign) =>
        CampaignAccess.CanRead(await CallerAsync(context), campaign);

    public static GraphQLFieldException Unauthenticated() => ApiErrors.Error(
        "UNAUTHENTICATED", "此操作需要管理员密钥或组织者登录。", "This operation needs the admin key or an organizer login.");

    public static GraphQLFieldException Forbidden() => ApiErrors.Error(
        "FORBIDDEN", "您无权对此活动执行此操作。", "You may not do this on this campaign.");
}

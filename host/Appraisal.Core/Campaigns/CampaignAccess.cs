using Appraisal.Core.Security;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// Who may list, see and run campaigns, in one place: the GraphQL API and the organiser console (<c>/admin</c>) both
/// ask here, so a page can never show or change more than the API would. The per-owner rules themselves are
/// <see cref="Caller.CanRead"/> and <see cref="Caller.CanManage"/>.
/// </summary>
public static class CampaignAccess
{
    /// <summary>Whether the caller runs campaigns at all (creates them, changes their own): admins and organizers.</summary>
    public static bool IsManager(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role is Role.Admin or Role.Organizer;
    }

    /// <summary>
    /// The owner to pass to <see cref="CampaignStore.ListAsync"/>: an organizer lists their own campaigns (an
    /// organizer without an account id lists none), admins and observers every one.
    /// </summary>
    public static string? ListOwner(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Role == Role.Organizer ? caller.AccountId ?? "" : null;
    }

    /// <summary>Whether the caller may see the campaign: staff as their role allows, anyone once it is published.</summary>
    public static bool CanRead(Caller caller, Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(campaign);
        return campaign.Status == CampaignStatus.Published || caller.CanRead(campaign.OwnerAccountId);
    }
}

using Appraisal.Core.Campaigns;

namespace Appraisal.Host.Pages.Admin.Campaigns;

/// <summary>
/// A change of a campaign's status that the console offers behind a confirmation step: which statuses it applies
/// to, the service call, and the audit action the API records for it (the same, so the log reads alike).
/// </summary>
/// <param name="Key">Its address segment: <c>/admin/campaigns/{id}/transition/{key}</c>.</param>
/// <param name="AuditAction">The audit log's action.</param>
/// <param name="From">The statuses it applies to.</param>
/// <param name="TestMode">Whether it applies only to a trial run (true), only to a live one (false), or to both (null).</param>
/// <param name="Run">The service call.</param>
public sealed record CampaignTransition(
    string Key,
    string AuditAction,
    CampaignStatus[] From,
    bool? TestMode,
    Func<CampaignService, string, CancellationToken, Task<Campaign>> Run)
{
    /// <summary>Every transition, in the order the campaign page offers them.</summary>
    public static IReadOnlyList<CampaignTransition> All { get; } =
    [
        new("open", "campaign.open", [CampaignStatus.Draft], null, (service, id, token) => service.OpenAsync(id, testMode: false, token)),
        new("open-test", "campaign.open", [CampaignStatus.Draft], null, (service, id, token) => service.OpenAsync(id, testMode: true, token)),
        new("close", "campaign.close", [CampaignStatus.Open], null, (service, id, token) => service.CloseAsync(id, token)),

        // A trial cannot be published (the service refuses it); it is reset instead, so publishing is not offered.
        new("publish", "campaign.publish", [CampaignStatus.Closed], false, (service, id, token) => service.PublishAsync(id, token)),
        new("reset", "campaign.reset-test", [CampaignStatus.Open, CampaignStatus.Closed], true, (service, id, token) => service.ResetTestAsync(id, token)),
    ];

    /// <summary>The transition of that key, or null.</summary>
    public static CampaignTransition? Find(string? key) => All.FirstOrDefault(t => t.Key == key);

    /// <summary>Whether the campaign, as it stands, can take this transition.</summary>
    public bool AppliesTo(Campaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return From.Contains(campaign.Status) && (TestMode is null || TestMode == campaign.TestMode);
    }
}

using Appraisal.PluginApi.Questionnaires;

namespace Appraisal.Core.Campaigns;

/// <summary>An appraisal campaign (活动) as stored.</summary>
/// <param name="Id">Random, URL-safe id.</param>
/// <param name="TypeKey">The appraisal type (plugin) that checks and tallies its ballots.</param>
/// <param name="Title">e.g. 2026年度第一党支部民主评议党员.</param>
/// <param name="Period">The period appraised, e.g. 2026年度; free text.</param>
/// <param name="OpensOn">First day ballots are accepted (host's local date), or null for "from opening".</param>
/// <param name="ClosesOn">Last day ballots are accepted, or null for "until closed".</param>
/// <param name="Status">Where the campaign stands.</param>
/// <param name="TestMode">Opened for a trial run whose ballots are purged by a reset.</param>
/// <param name="MinimumCellSize">Results resting on fewer ballots than this are suppressed everywhere.</param>
/// <param name="OwnerAccountId">The organiser who created it; null when created with the admin key.</param>
/// <param name="Questionnaire">What each ballot asks.</param>
/// <param name="Settings">Type-specific settings (thresholds, mappings).</param>
/// <param name="CreatedOn">The day it was created.</param>
/// <param name="Revision">Bumped by every change; cached snapshots compare it.</param>
public sealed record Campaign(
    string Id,
    string TypeKey,
    string Title,
    string? Period,
    DateOnly? OpensOn,
    DateOnly? ClosesOn,
    CampaignStatus Status,
    bool TestMode,
    int MinimumCellSize,
    string? OwnerAccountId,
    Questionnaire Questionnaire,
    IReadOnlyDictionary<string, string> Settings,
    DateOnly CreatedOn,
    long Revision)
{
    /// <summary>The default minimum cell size (DESIGN §6).</summary>
    public const int DefaultMinimumCellSize = 3;

    /// <summary>Whether a ballot may be cast on <paramref name="today"/>.</summary>
    public bool AcceptsBallotsOn(DateOnly today) =>
        Status == CampaignStatus.Open
        && (OpensOn is null || today >= OpensOn)
        && (ClosesOn is null || today <= ClosesOn);
}

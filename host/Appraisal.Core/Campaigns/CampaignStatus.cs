namespace Appraisal.Core.Campaigns;

/// <summary>
/// Where a campaign (活动) stands. It only moves forward — 草稿 → 进行中 → 已结束 → 已公布 — except that a campaign
/// opened in test mode can be reset to a draft, which purges everything cast while testing.
/// </summary>
public enum CampaignStatus
{
    /// <summary>草稿: questionnaire, subjects and rater groups may change; codes may be issued.</summary>
    Draft,

    /// <summary>进行中: ballots are accepted; codes may still be issued; nothing that ballots depend on changes.</summary>
    Open,

    /// <summary>已结束: no ballot, no new code; the tally is computed and the draw seeds are revealed.</summary>
    Closed,

    /// <summary>已公布: results, the anonymous ballots and the chain head are public.</summary>
    Published,
}

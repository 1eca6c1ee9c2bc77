namespace Appraisal.Core.Campaigns;

/// <summary>How <see cref="CampaignService.IssueBallotsAsync"/> hands out codes for a rater group.</summary>
public enum IssueStrategy
{
    /// <summary>A number of unbound codes, in a shuffled print order (slips handed out at random, public QR cards).</summary>
    Slips,

    /// <summary>One code per rater, each bound to k subjects: balanced, no self-rating, exclusions (民主评议 in large branches).</summary>
    BalancedPeer,

    /// <summary>One code per rater drawn from a roster by strata, proportional or fixed allocation (服务对象 samples).</summary>
    StratifiedSample,
}

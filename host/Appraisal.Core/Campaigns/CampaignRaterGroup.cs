using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Campaigns;

/// <summary>A rater group of a campaign: the group plugins see, and how many raters it is planned to have.</summary>
public sealed record CampaignRaterGroup(RaterGroup Group, int? PlannedSize);

using Appraisal.Core.Tally;

namespace Appraisal.Core.Campaigns;

/// <summary>What close sealed and computed: the report and the hex digests; all null before close.</summary>
public sealed record CampaignResults(CampaignReport? Report, string? ChainHead, string? BoxDigest);

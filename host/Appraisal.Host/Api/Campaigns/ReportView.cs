using Appraisal.Core.Campaigns;
using Appraisal.Core.Tally;

namespace Appraisal.Host.Api.Campaigns;

/// <summary>A campaign's stored report with the campaign it belongs to, so plugin report fields know their type.</summary>
internal sealed record ReportView(Campaign Campaign, CampaignReport Report);

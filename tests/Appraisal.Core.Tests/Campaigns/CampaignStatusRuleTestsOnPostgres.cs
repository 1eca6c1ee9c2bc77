using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class CampaignStatusRuleTestsOnPostgres(ITestOutputHelper output) : CampaignStatusRuleTests(output, "postgres");

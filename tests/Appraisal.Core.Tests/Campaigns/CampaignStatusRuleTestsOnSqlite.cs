using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class CampaignStatusRuleTestsOnSqlite(ITestOutputHelper output) : CampaignStatusRuleTests(output, "sqlite");

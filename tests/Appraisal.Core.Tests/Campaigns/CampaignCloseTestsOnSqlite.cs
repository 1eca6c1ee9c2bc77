using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class CampaignCloseTestsOnSqlite(ITestOutputHelper output) : CampaignCloseTests(output, "sqlite");

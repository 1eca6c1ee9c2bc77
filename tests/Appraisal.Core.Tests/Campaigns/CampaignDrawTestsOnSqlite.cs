using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class CampaignDrawTestsOnSqlite(ITestOutputHelper output) : CampaignDrawTests(output, "sqlite");

using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class CampaignInputValidationTestsOnSqlite(ITestOutputHelper output) : CampaignInputValidationTests(output, "sqlite");

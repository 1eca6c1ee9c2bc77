using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class CampaignCloseTestsOnPostgres(ITestOutputHelper output) : CampaignCloseTests(output, "postgres");

using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class CampaignInputValidationTestsOnPostgres(ITestOutputHelper output) : CampaignInputValidationTests(output, "postgres");

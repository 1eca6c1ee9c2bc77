using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class CampaignDrawTestsOnPostgres(ITestOutputHelper output) : CampaignDrawTests(output, "postgres");

using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class TallySuppressionTestsOnPostgres(ITestOutputHelper output) : TallySuppressionTests(output, "postgres");

using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class TallySuppressionTestsOnSqlite(ITestOutputHelper output) : TallySuppressionTests(output, "sqlite");

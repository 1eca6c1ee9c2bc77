using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class BallotWindowTestsOnSqlite(ITestOutputHelper output) : BallotWindowTests(output, "sqlite");

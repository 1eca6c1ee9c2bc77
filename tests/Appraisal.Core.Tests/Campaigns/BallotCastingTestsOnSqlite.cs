using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class BallotCastingTestsOnSqlite(ITestOutputHelper output) : BallotCastingTests(output, "sqlite");

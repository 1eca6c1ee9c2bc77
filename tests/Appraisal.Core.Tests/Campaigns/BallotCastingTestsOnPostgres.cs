using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class BallotCastingTestsOnPostgres(ITestOutputHelper output) : BallotCastingTests(output, "postgres");

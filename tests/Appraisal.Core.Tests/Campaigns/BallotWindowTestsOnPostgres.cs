using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class BallotWindowTestsOnPostgres(ITestOutputHelper output) : BallotWindowTests(output, "postgres");

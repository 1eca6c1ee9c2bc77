using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class BallotBoxReaderTestsOnPostgres(ITestOutputHelper output) : BallotBoxReaderTests(output, "postgres");

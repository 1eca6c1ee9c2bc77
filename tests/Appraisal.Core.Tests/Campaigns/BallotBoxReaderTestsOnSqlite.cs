using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class BallotBoxReaderTestsOnSqlite(ITestOutputHelper output) : BallotBoxReaderTests(output, "sqlite");

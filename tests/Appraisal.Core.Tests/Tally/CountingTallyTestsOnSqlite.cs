using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Tally;

public sealed class CountingTallyTestsOnSqlite(ITestOutputHelper output) : CountingTallyTests(output, "sqlite");

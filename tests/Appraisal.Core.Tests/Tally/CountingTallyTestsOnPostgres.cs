using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Tally;

public sealed class CountingTallyTestsOnPostgres(ITestOutputHelper output) : CountingTallyTests(output, "postgres");

using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class RaterGroupUpdateTestsOnPostgres(ITestOutputHelper output) : RaterGroupUpdateTests(output, "postgres");

using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class RaterGroupUpdateTestsOnSqlite(ITestOutputHelper output) : RaterGroupUpdateTests(output, "sqlite");

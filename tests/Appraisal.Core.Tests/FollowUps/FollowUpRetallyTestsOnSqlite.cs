using Xunit.Abstractions;

namespace Appraisal.Core.Tests.FollowUps;

public sealed class FollowUpRetallyTestsOnSqlite(ITestOutputHelper output) : FollowUpRetallyTests(output, "sqlite");

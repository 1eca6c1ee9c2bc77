using Xunit.Abstractions;

namespace Appraisal.Core.Tests.FollowUps;

public sealed class FollowUpRetallyTestsOnPostgres(ITestOutputHelper output) : FollowUpRetallyTests(output, "postgres");

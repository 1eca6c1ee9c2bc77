using Xunit.Abstractions;

namespace Appraisal.Core.Tests.FollowUps;

public sealed class WorkingCalendarStoreTestsOnPostgres(ITestOutputHelper output) : WorkingCalendarStoreTests(output, "postgres");

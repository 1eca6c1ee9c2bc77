using Xunit.Abstractions;

namespace Appraisal.Core.Tests.FollowUps;

public sealed class WorkingCalendarStoreTestsOnSqlite(ITestOutputHelper output) : WorkingCalendarStoreTests(output, "sqlite");

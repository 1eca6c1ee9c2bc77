using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class TestModeResetTestsOnSqlite(ITestOutputHelper output) : TestModeResetTests(output, "sqlite");

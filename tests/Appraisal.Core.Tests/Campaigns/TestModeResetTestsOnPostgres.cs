using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class TestModeResetTestsOnPostgres(ITestOutputHelper output) : TestModeResetTests(output, "postgres");

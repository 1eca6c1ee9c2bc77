using Xunit.Abstractions;

namespace Appraisal.Core.Tests.FollowUps;

public sealed class FollowUpWorkflowTestsOnSqlite(ITestOutputHelper output) : FollowUpWorkflowTests(output, "sqlite");

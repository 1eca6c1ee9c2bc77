using Xunit.Abstractions;

namespace Appraisal.Core.Tests.FollowUps;

public sealed class FollowUpWorkflowTestsOnPostgres(ITestOutputHelper output) : FollowUpWorkflowTests(output, "postgres");

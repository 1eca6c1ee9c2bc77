using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class PublicLinkBoxTestsOnPostgres(ITestOutputHelper output) : PublicLinkBoxTests(output, "postgres");

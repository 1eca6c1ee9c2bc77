using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class PublicLinkBoxTestsOnSqlite(ITestOutputHelper output) : PublicLinkBoxTests(output, "sqlite");

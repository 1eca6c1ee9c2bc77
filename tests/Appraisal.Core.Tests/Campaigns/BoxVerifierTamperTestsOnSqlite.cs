using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class BoxVerifierTamperTestsOnSqlite(ITestOutputHelper output) : BoxVerifierTamperTests(output, "sqlite");

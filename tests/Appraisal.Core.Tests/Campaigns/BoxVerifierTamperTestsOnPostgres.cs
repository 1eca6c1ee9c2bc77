using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Campaigns;

public sealed class BoxVerifierTamperTestsOnPostgres(ITestOutputHelper output) : BoxVerifierTamperTests(output, "postgres");

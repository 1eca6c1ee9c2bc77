using System.Globalization;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>The seed a quick fuzz test runs with: its own fixed one, or <c>APPRAISAL_FUZZ_SEED</c> to replay a printed seed.</summary>
internal static class FuzzSeed
{
    public static int Or(int fixedSeed) =>
        int.TryParse(Environment.GetEnvironmentVariable("APPRAISAL_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : fixedSeed;
}

using System.Globalization;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>Sizes written as on the command line: <c>10000</c>, <c>10_000</c>, several separated by commas or spaces.</summary>
internal static class BenchSizes
{
    /// <summary>The sizes the environment variable <paramref name="variable"/> lists, else <paramref name="fallback"/>.</summary>
    public static IReadOnlyList<int> FromEnvironment(string variable, IReadOnlyList<int> fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } listed ? Parse([listed]) : fallback;

    public static IReadOnlyList<int> Parse(IEnumerable<string> arguments) =>
        [.. arguments
            .SelectMany(a => a.Split([',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture))];
}

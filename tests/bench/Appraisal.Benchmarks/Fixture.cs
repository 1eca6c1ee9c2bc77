using System.Text.Json;
using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Types;

namespace Appraisal.Benchmarks;

/// <summary>
/// The shared fixture of <c>tests/bench/fixture</c>: schema, documents, variables, and graphql-js's answers
/// (<c>expected/*.json</c>, written by <c>graphql-js/generate.mjs</c>).
/// </summary>
public static class Fixture
{
    /// <summary>The benchmarked documents, by the names the graphql-js script uses.</summary>
    public static readonly string[] DocumentNames = ["three-field", "fragments", "introspection"];

    private static readonly Lazy<string> Dir = new(FindDirectory);
    private static readonly Lazy<Schema> LazySchema = new(() => BenchSchema.Build(Read("schema.graphql")));

    public static Schema Schema => LazySchema.Value;

    public static string Source(string name) => Read($"{name}.graphql");

    /// <summary>The variables of a document (<c>NAME.variables.json</c>), or null when it has none.</summary>
    public static IReadOnlyDictionary<string, object?>? Variables(string name)
    {
        var path = Path.Combine(Dir.Value, $"{name}.variables.json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return JsonVariables.FromJson(json.RootElement);
    }

    /// <summary>graphql-js's answer; for introspection, <c>NAME.engine.json</c>: the same less graphql-js 17's
    /// additions beyond the September 2025 spec, which the engine does not have (see <c>graphql-js/generate.mjs</c>).</summary>
    public static string Expected(string name) =>
        File.Exists(Path.Combine(Dir.Value, "expected", $"{name}.engine.json"))
            ? Read(Path.Combine("expected", $"{name}.engine.json")).TrimEnd()
            : Read(Path.Combine("expected", $"{name}.json")).TrimEnd();

    /// <summary>Throws unless <paramref name="actual"/> is graphql-js's answer: never benchmark a wrong answer.</summary>
    public static void AssertExpected(string name, string actual)
    {
        var expected = Expected(name);
        if (actual == expected)
        {
            return;
        }

        var at = 0;
        while (at < Math.Min(actual.Length, expected.Length) && actual[at] == expected[at])
        {
            at++;
        }

        var saved = Path.Combine(Path.GetTempPath(), $"appraisal-bench-{name}.actual.json");
        File.WriteAllText(saved, actual + "\n");
        static string Around(string s, int at) => s.Substring(Math.Max(0, at - 60), Math.Min(s.Length - Math.Max(0, at - 60), 120));
        throw new InvalidOperationException(
            $"{name}: the engine's response differs from graphql-js's (fixture/expected/{name}[.engine].json) at character {at} (ours saved to {saved}):\n" +
            $"  ours:       …{Around(actual, at)}…\n  graphql-js: …{Around(expected, at)}…");
    }

    private static string Read(string relative) => File.ReadAllText(Path.Combine(Dir.Value, relative));

    /// <summary>
    /// <c>APPRAISAL_BENCH_FIXTURE</c>, else the copy next to the program, else <c>tests/bench/fixture</c> above it
    /// (BenchmarkDotNet runs each benchmark from a generated project in another folder).
    /// </summary>
    private static string FindDirectory()
    {
        if (Environment.GetEnvironmentVariable("APPRAISAL_BENCH_FIXTURE") is { Length: > 0 } configured)
        {
            return configured;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(Fixture).Assembly.Location)!, Environment.CurrentDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                foreach (var candidate in new[] { Path.Combine(dir.FullName, "fixture"), Path.Combine(dir.FullName, "tests", "bench", "fixture") })
                {
                    if (File.Exists(Path.Combine(candidate, "schema.graphql")))
                    {
                        return candidate;
                    }
                }
            }
        }

        throw new DirectoryNotFoundException("tests/bench/fixture not found; set APPRAISAL_BENCH_FIXTURE.");
    }
}

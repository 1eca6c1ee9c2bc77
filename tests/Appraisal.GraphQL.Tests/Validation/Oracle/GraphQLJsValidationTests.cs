using System.Text.Json;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Validation;

namespace Appraisal.GraphQL.Tests.Validation.Oracle;

/// <summary>
/// Our verdicts agree with graphql-js 17.1.0 on every document of <c>validation-cases.json</c> (refreshed by
/// <c>generate.mjs</c>): the same errors, with the same messages and locations, in the same order.
/// </summary>
public sealed class GraphQLJsValidationTests
{
    private static readonly Lazy<IReadOnlyList<OracleCase>> Cases = new(Load);

    [Fact]
    public void Corpus_IsLargeAndMixed()
    {
        Assert.True(Cases.Value.Count >= 500, $"only {Cases.Value.Count} documents");
        Assert.Contains(Cases.Value, c => c.Errors.Count == 0);
        Assert.Contains(Cases.Value, c => c.Errors.Count > 0);
    }

    [Fact]
    public void EveryVerdict_AgreesWithGraphQLJs()
    {
        var disagreements = new List<string>();
        foreach (var oracleCase in Cases.Value)
        {
            var expected = oracleCase.Errors.Select(e => Describe(e.Message, e.Locations.Select(l => (l[0], l[1])))).ToList();
            var actual = DocumentValidator.Validate(SpecTestSchema.Instance, Parser.Parse(oracleCase.Source))
                .Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column)))).ToList();
            if (!expected.SequenceEqual(actual))
            {
                disagreements.Add($"{oracleCase.Source}\n  graphql-js: {string.Join("\n              ", expected)}\n  ours:       {string.Join("\n              ", actual)}");
            }
        }

        Assert.True(disagreements.Count == 0, $"{disagreements.Count} of {Cases.Value.Count} documents disagree:\n\n" + string.Join("\n\n", disagreements.Take(15)));
    }

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        message + " @ " + string.Join(" ", locations.Select(l => $"{l.Line}:{l.Column}"));

    private static IReadOnlyList<OracleCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Validation", "Oracle", "validation-cases.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<List<OracleCase>>(File.ReadAllText(path), options)!;
    }

    private sealed record OracleCase(string Source, IReadOnlyList<OracleError> Errors);

    private sealed record OracleError(string Message, IReadOnlyList<int[]> Locations);
}

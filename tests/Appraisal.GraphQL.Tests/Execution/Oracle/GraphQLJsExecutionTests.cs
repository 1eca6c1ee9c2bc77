using System.Text.Json;
using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Utilities;

namespace Appraisal.GraphQL.Tests.Execution.Oracle;

/// <summary>
/// Differential test against graphql-js 17.1.0: each operation of <c>operations.mjs</c> runs on the C# twin of
/// <c>fixture.mjs</c>, and the response text must equal what <c>JSON.stringify(await graphql(...))</c> gave
/// (<c>graphql-js-execution.json</c>, refreshed by <c>generate.mjs</c>).
/// </summary>
public sealed class GraphQLJsExecutionTests
{
    private static readonly Executor Executor = new(new ExecutionOptions { ExposeExceptionMessages = true });

    public static TheoryData<string> CaseNames() => [.. Cases.Value.Keys];

    private static readonly Lazy<Dictionary<string, OracleCase>> Cases = new(Load);

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task ResponseIsIdenticalToGraphQLJs(string name)
    {
        var c = Cases.Value[name];
        var request = new ExecutionRequest(
            OracleSchema.Schema,
            Parser.Parse(c.Source),
            c.OperationName,
            JsonVariables.FromJson(c.Variables),
            new OracleSchema.Root());

        var result = await Executor.ExecuteAsync(request);

        Assert.Equal(c.Expected, ResponseWriter.ToJson(result));
    }

    /// <summary>SDL identical after a round trip: the C# twin prints exactly what graphql-js prints for the fixture's SDL.</summary>
    [Fact]
    public void TheCSharpTwinPrintsTheSameSdlAsGraphQLJsPrintsTheFixture()
    {
        var printedByGraphQLJs = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Execution", "Oracle", "fixture-printed.graphql"));

        Assert.Contains("type Query {", printedByGraphQLJs, StringComparison.Ordinal);
        Assert.Equal(printedByGraphQLJs.TrimEnd('\n'), SchemaPrinter.Print(OracleSchema.Schema).TrimEnd('\n'));
    }

    private static Dictionary<string, OracleCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Execution", "Oracle", "graphql-js-execution.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<List<OracleCase>>(File.ReadAllText(path), options)!.ToDictionary(c => c.Name);
    }

    private sealed record OracleCase(string Name, string Source, JsonElement? Variables, string? OperationName, string Expected);
}

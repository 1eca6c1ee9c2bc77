using System.Text.Json;
using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Utilities;

namespace Appraisal.GraphQL.Tests.Types.Oracle;

/// <summary>
/// Our own SDL modules with what graphql-js 17.1.0 makes of them (<c>schema-cases.json</c>, refreshed by
/// <c>generate.mjs</c>): its SDL errors, its <c>validateSchema</c> errors, or its <c>printSchema</c> text and
/// type map order. graphql-js builds the modules joined into one document.
/// </summary>
public sealed class SchemaOracleTests
{
    private static readonly Lazy<Dictionary<string, OracleCase>> Cases = new(Load);

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in Cases.Value.Keys)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void BuildsAsGraphQLJsDoes(string name)
    {
        var oracle = Cases.Value[name];
        var builder = new SchemaBuilder();
        foreach (var module in oracle.Modules)
        {
            builder.AddSdl(module);
        }

        var expectedErrors = oracle.SdlErrors ?? oracle.Errors;
        if (expectedErrors is not null)
        {
            var exception = Assert.Throws<SchemaException>(builder.Build);
            Assert.Equal(expectedErrors.Order(StringComparer.Ordinal), exception.Errors.Order(StringComparer.Ordinal));
            return;
        }

        var schema = builder.Build();
        Assert.Equal(oracle.Printed, SchemaPrinter.Print(schema));
        Assert.Equal(oracle.Types, schema.Types.Keys);
    }

    private static Dictionary<string, OracleCase> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Types", "Oracle", "schema-cases.json");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        return JsonSerializer.Deserialize<List<OracleCase>>(File.ReadAllText(path), options)!.ToDictionary(c => c.Name);
    }

    private sealed record OracleCase(
        string Name,
        IReadOnlyList<string> Modules,
        IReadOnlyList<string>? SdlErrors,
        IReadOnlyList<string>? Errors,
        string? Printed,
        IReadOnlyList<string>? Types);
}

using System.Text.Json;
using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Types;
using static Appraisal.GraphQL.Tests.Execution.ExecutionHarness;

namespace Appraisal.GraphQL.Tests.Execution;

/// <summary>CoerceVariableValues() and CoerceArgumentValues(): defaults, nulls, absent values, JSON input.</summary>
public sealed class VariablesTests
{
    private static readonly Schema Schema = QuerySchema(
        Field("show", StringType, c => Show(c.Arguments), new InputValueDefinition("value", IntType, new GraphQL.Language.IntValue(default, "5"))),
        Field("list", StringType, c => Show(c.Arguments), new InputValueDefinition("items", ListOf(NonNull(IntType)))),
        Field("required", StringType, c => Show(c.Arguments), new InputValueDefinition("id", NonNull(BuiltInScalars.ID))));

    [Fact]
    public async Task AbsentVariable_LeavesTheArgumentDefault() => Assert.Equal(
        """{"data":{"show":"value=5"}}""",
        await Run(Schema, "query ($v: Int) { show(value: $v) }"));

    [Fact]
    public async Task NullVariable_IsPassedAsNull() => Assert.Equal(
        """{"data":{"show":"value=null"}}""",
        await Run(Schema, "query ($v: Int) { show(value: $v) }", new Dictionary<string, object?> { ["v"] = null }));

    [Fact]
    public async Task MissingRequiredVariable_IsARequestError() => Assert.Equal(
        """{"errors":[{"message":"Variable \"$id\" has invalid value: Expected a value of non-null type \"ID!\" to be provided.","locations":[{"line":1,"column":8}]}]}""",
        await Run(Schema, "query ($id: ID!) { required(id: $id) }"));

    [Fact]
    public async Task IntegerVariable_CoercesToID() => Assert.Equal(
        """{"data":{"required":"id=7"}}""",
        await Run(Schema, "query ($id: ID!) { required(id: $id) }", new Dictionary<string, object?> { ["id"] = 7 }));

    [Fact]
    public async Task EveryInvalidVariable_IsReported()
    {
        var json = await Run(Schema, "query ($a: Int, $b: [Int!]) { show(value: $a) list(items: $b) }",
            new Dictionary<string, object?> { ["a"] = "x", ["b"] = new object?[] { 1, null } });

        Assert.Equal(
            """{"errors":[{"message":"Variable \"$a\" has invalid value: Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":8}]},{"message":"Variable \"$b\" has invalid value at [1]: Expected value of non-null type \"Int!\" not to be null.","locations":[{"line":1,"column":17}]}]}""",
            json);
    }

    [Fact]
    public async Task VariablesFromJson_KeepNumbersAndOrder()
    {
        using var json = JsonDocument.Parse("""{"b":[1,2],"a":null}""");
        var variables = JsonVariables.FromJson(json.RootElement)!;

        Assert.Equal(["b", "a"], variables.Keys);
        Assert.Equal(
            """{"data":{"list":"items=[1,2]"}}""",
            await Run(Schema, "query ($b: [Int!]) { list(items: $b) }", variables));
    }

    [Fact]
    public void JsonNumbers_BecomeIntLongOrDouble()
    {
        using var json = JsonDocument.Parse("""{"i":1,"l":5000000000,"d":1.5}""");
        var variables = JsonVariables.FromJson(json.RootElement)!;

        Assert.IsType<int>(variables["i"]);
        Assert.IsType<long>(variables["l"]);
        Assert.IsType<double>(variables["d"]);
    }

    [Fact]
    public async Task SameDocumentWithOtherVariables_GivesOtherArguments()
    {
        var document = GraphQL.Language.Parser.Parse("query ($v: Int) { show(value: $v) }");
        var first = await Execute(Schema, document, new Dictionary<string, object?> { ["v"] = 1 });
        var second = await Execute(Schema, document, new Dictionary<string, object?> { ["v"] = 2 });

        Assert.Equal("""{"data":{"show":"value=1"}}""", ResponseWriter.ToJson(first));
        Assert.Equal("""{"data":{"show":"value=2"}}""", ResponseWriter.ToJson(second));
    }

    private static string Show(IReadOnlyDictionary<string, object?> arguments) =>
        string.Join(",", arguments.Select(a => $"{a.Key}={Format(a.Value)}"));

    private static string Format(object? value) => value switch
    {
        null => "null",
        object?[] items => "[" + string.Join(",", items.Select(Format)) + "]",
        _ => value.ToString()!,
    };
}

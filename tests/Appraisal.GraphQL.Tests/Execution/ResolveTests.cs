using Appraisal.GraphQL.Execution;
using Appraisal.GraphQL.Types;
using static Appraisal.GraphQL.Tests.Execution.ExecutionHarness;

namespace Appraisal.GraphQL.Tests.Execution;

/// <summary>ResolveFieldValue(): resolvers, the default property/dictionary resolver, what resolvers receive.</summary>
public sealed class ResolveTests
{
    private sealed record Person(string Name, int Age);

    [Fact]
    public async Task FieldWithoutResolver_ReadsPropertyOrDictionaryEntry()
    {
        var person = new ObjectType("Person", () => [new("name", StringType), new("age", IntType), new("nickname", StringType)]);
        var schema = QuerySchema(
            Field("fromRecord", person, _ => new Person("Ada", 36)),
            Field("fromMap", person, _ => new Dictionary<string, object?> { ["name"] = "Grace", ["nickname"] = "Amazing" }));

        Assert.Equal(
            """{"data":{"fromRecord":{"name":"Ada","age":36,"nickname":null},"fromMap":{"name":"Grace","age":null,"nickname":"Amazing"}}}""",
            await Run(schema, "{ fromRecord { name age nickname } fromMap { name age nickname } }"));
    }

    [Fact]
    public async Task Resolver_ReceivesSourceArgumentsAndTypes()
    {
        FieldContext? seen = null;
        var schema = QuerySchema(Field("echo", StringType, c =>
        {
            seen = c;
            return "ok";
        }, new InputValueDefinition("given", IntType), new InputValueDefinition("absent", IntType)));
        var root = new object();

        await Run(schema, "{ echo(given: 3) }", root: root);

        Assert.Same(root, seen!.Source);
        Assert.Equal(new Dictionary<string, object?> { ["given"] = 3 }, seen.Arguments);
        Assert.Equal("Query", seen.ParentType.Name);
        Assert.Equal("echo", seen.Field.Name);
    }

    [Fact]
    public async Task TypeName_IsAnsweredWithoutAResolver() => Assert.Equal(
        """{"data":{"__typename":"Query","t":"Query"}}""",
        await Run(QuerySchema(Field("x", IntType, _ => 1)), "{ __typename t: __typename }"));

    [Fact]
    public async Task OperationPlan_IsBuiltOncePerDocumentAndOperation()
    {
        var schema = QuerySchema(Field("x", IntType, _ => 1));
        var document = GraphQL.Language.Parser.Parse("query A { x } query B { y: x }");
        var cache = ExecutionCache.For(schema);

        var first = cache.GetPlan(document, "A", out _);
        await Execute(schema, document, operationName: "A");

        Assert.Same(first, cache.GetPlan(document, "A", out _));
        Assert.NotSame(first, cache.GetPlan(document, "B", out _));
    }

    [Fact]
    public async Task SynchronousQuery_CompletesSynchronously()
    {
        var schema = QuerySchema(Field("x", ListOf(IntType), _ => new[] { 1, 2 }));
        var task = Execute(schema, GraphQL.Language.Parser.Parse("{ x }"), options: new ExecutionOptions { Timeout = null });

        Assert.True(task.IsCompletedSuccessfully);
        Assert.Equal("""{"data":{"x":[1,2]}}""", ResponseWriter.ToJson(await task));
    }
}

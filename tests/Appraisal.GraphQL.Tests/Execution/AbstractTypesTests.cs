using Appraisal.GraphQL.Types;
using static Appraisal.GraphQL.Tests.Execution.ExecutionHarness;

namespace Appraisal.GraphQL.Tests.Execution;

/// <summary>ResolveAbstractType(): type resolvers, IsTypeOf, and the errors when neither works.</summary>
public sealed class AbstractTypesTests
{
    private sealed record Dog(string Name);

    private sealed record Cat(string Name, int Lives);

    [Fact]
    public async Task TypeResolver_PicksTheObjectType()
    {
        InterfaceType pet = null!;
        var dog = new ObjectType("Dog", () => [new("name", StringType)], () => [pet]);
        var cat = new ObjectType("Cat", () => [new("name", StringType), new("lives", IntType)], () => [pet]);
        pet = new InterfaceType("Pet", () => [new("name", StringType)], resolveType: v => v is Dog ? "Dog" : "Cat");
        var schema = new Schema(
            new ObjectType("Query", () => [Field("pets", ListOf(pet), _ => new object[] { new Dog("Rex"), new Cat("Tom", 9) })]),
            types: [dog, cat]);

        Assert.Equal(
            """{"data":{"pets":[{"__typename":"Dog","name":"Rex"},{"__typename":"Cat","name":"Tom","lives":9}]}}""",
            await Run(schema, "{ pets { __typename name ... on Cat { lives } } }"));
    }

    [Fact]
    public async Task WithoutTypeResolver_IsTypeOfDecides()
    {
        var dog = new ObjectType("Dog", () => [new("name", StringType)], isTypeOf: v => v is Dog);
        var cat = new ObjectType("Cat", () => [new("name", StringType)], isTypeOf: v => v is Cat);
        var animal = new UnionType("Animal", () => [dog, cat]);
        var schema = QuerySchema(Field("animal", animal, _ => new Cat("Tom", 9)));

        Assert.Equal("""{"data":{"animal":{"__typename":"Cat"}}}""", await Run(schema, "{ animal { __typename } }"));
    }

    [Fact]
    public async Task ResolvedTypeOutsideTheUnion_IsAFieldError()
    {
        var dog = new ObjectType("Dog", () => [new("name", StringType)]);
        var cat = new ObjectType("Cat", () => [new("name", StringType)]);
        var animal = new UnionType("Animal", () => [dog], resolveType: _ => "Cat");
        var schema = new Schema(new ObjectType("Query", () => [Field("animal", animal, _ => new Cat("Tom", 9))]), types: [cat]);

        Assert.Equal(
            """{"errors":[{"message":"Runtime Object type \"Cat\" is not a possible type for \"Animal\".","locations":[{"line":1,"column":3}],"path":["animal"]}],"data":{"animal":null}}""",
            await Run(schema, "{ animal { __typename } }"));
    }

    [Fact]
    public async Task NoWayToResolve_IsAFieldError()
    {
        var dog = new ObjectType("Dog", () => [new("name", StringType)]);
        var animal = new UnionType("Animal", () => [dog]);
        var schema = QuerySchema(Field("animal", animal, _ => new Dog("Rex")));

        Assert.Equal(
            """{"errors":[{"message":"Abstract type \"Animal\" must resolve to an Object type at runtime for field \"Query.animal\". Either the \"Animal\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.","locations":[{"line":1,"column":3}],"path":["animal"]}],"data":{"animal":null}}""",
            await Run(schema, "{ animal { __typename } }"));
    }
}

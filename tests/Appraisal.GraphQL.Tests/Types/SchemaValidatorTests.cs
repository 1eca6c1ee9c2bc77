using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Utilities;

namespace Appraisal.GraphQL.Tests.Types;

/// <summary>Rules the SDL cannot express (directives built in code) and the validator's own entry points;
/// the SDL-expressible rules are checked against graphql-js in <c>Oracle/SchemaOracleTests</c>.</summary>
public sealed class SchemaValidatorTests
{
    private static readonly ObjectType Query = new("Query", () => [new FieldDefinition("a", BuiltInScalars.Int)]);

    [Fact]
    public void ValidSchemaHasNoErrors() =>
        Assert.Empty(SchemaValidator.Validate(new Schema(Query)));

    [Fact]
    public void DirectiveNeedsLocationsAndInputTypedArguments()
    {
        var directive = new DirectiveDefinition("bad", [], [new InputValueDefinition("x", Query)]);

        var errors = SchemaValidator.Validate(new Schema(Query, directives: [directive]));

        Assert.Equal(
            ["Directive @bad must include 1 or more locations.", "The type of @bad(x:) must be Input Type but got: Query."],
            errors);
    }

    [Fact]
    public void ObjectTypeWithoutFieldsIsInvalid()
    {
        var empty = new ObjectType("Query", () => []);

        Assert.Equal(["Type Query must define one or more fields."], SchemaValidator.Validate(new Schema(empty)));
    }

    [Fact]
    public void AssertValidThrowsWithEveryError()
    {
        InputObjectType? loop = null;
        loop = new InputObjectType("Loop", () => [new InputValueDefinition("next", new NonNullGraphType(loop!))]);
        var query = new ObjectType("Query", () => [new FieldDefinition("__bad", BuiltInScalars.Int)]);
        var schema = new Schema(query, types: [loop]);

        var exception = Assert.Throws<SchemaException>(() => SchemaValidator.AssertValid(schema));

        Assert.Equal(
            [
                "Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.",
                "Input Object Loop cannot be provided a finite value because it references itself through fields: Loop.next.",
            ],
            exception.Errors);
    }

    [Fact]
    public void BuilderRunsTheValidator()
    {
        var exception = Assert.Throws<SchemaException>(new SchemaBuilder().AddSdl("type Query { a: Int } input In { a: In! }").Build);

        Assert.Equal(["Input Object In cannot be provided a finite value because it references itself through fields: In.a."], exception.Errors);
    }

    [Fact]
    public void SubTypingFollowsTheSpec()
    {
        var schema = new SchemaBuilder()
            .AddSdl("type Query { n: Node } interface Node { id: ID } type User implements Node { id: ID } union U = User")
            .Build();
        var user = schema.Types["User"];

        Assert.True(SchemaValidator.IsSubTypeOf(schema, new NonNullGraphType(user), schema.Types["Node"]));
        Assert.True(SchemaValidator.IsSubTypeOf(schema, new ListGraphType(new NonNullGraphType(user)), new ListGraphType(schema.Types["U"])));
        Assert.False(SchemaValidator.IsSubTypeOf(schema, user, new NonNullGraphType(schema.Types["Node"])));
        Assert.False(SchemaValidator.IsSubTypeOf(schema, schema.Types["Node"], user));
    }
}

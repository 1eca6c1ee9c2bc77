using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Tests.Language;

public sealed class TypeSystemParserTests
{
    [Fact]
    public void SchemaDefinition_HasDescriptionDirectivesAndRootTypes()
    {
        var schema = Single<SchemaDefinition>("""
            "The schema" schema @tag { query: Query mutation: Mutation subscription: Subscription }
            """);

        Assert.Equal("The schema", schema.Description?.Value);
        Assert.Equal("tag", Assert.Single(schema.Directives).Name.Value);
        Assert.Equal(
            [(OperationType.Query, "Query"), (OperationType.Mutation, "Mutation"), (OperationType.Subscription, "Subscription")],
            schema.OperationTypes.Select(type => (type.Operation, type.Type.Name.Value)));
    }

    [Fact]
    public void ScalarTypeDefinition_HasDirectives()
    {
        var scalar = Single<ScalarTypeDefinition>("scalar DateTime @specifiedBy(url: \"https://example.com\")");

        Assert.Equal("DateTime", scalar.Name.Value);
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);
    }

    [Fact]
    public void ObjectTypeDefinition_HasInterfacesFieldsArgumentsAndDescriptions()
    {
        var type = Single<ObjectTypeDefinition>(""""
            """
            A person.
            """
            type Person implements & Node & Named @key(fields: "id") {
              "Unique."
              id: ID!
              friends("How many" first: Int = 10 @deprecated, after: String): [Person!]! @cost(weight: 2)
            }
            """");

        Assert.Equal("A person.", type.Description?.Value);
        Assert.True(type.Description?.Block);
        Assert.Equal(["Node", "Named"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Single(type.Directives);
        Assert.Equal("Unique.", type.Fields[0].Description?.Value);
        var friends = type.Fields[1];
        Assert.Equal("friends", friends.Name.Value);
        Assert.Equal("How many", friends.Arguments[0].Description?.Value);
        Assert.Equal("10", Assert.IsType<IntValue>(friends.Arguments[0].DefaultValue).Value);
        Assert.Single(friends.Arguments[0].Directives);
        Assert.Null(friends.Arguments[1].DefaultValue);
        Assert.IsType<NonNullType>(friends.Type);
        Assert.Equal("cost", Assert.Single(friends.Directives).Name.Value);
    }

    [Fact]
    public void TypeWithoutFields_IsAllowed()
    {
        Assert.Empty(Single<ObjectTypeDefinition>("type Placeholder").Fields);
    }

    [Fact]
    public void InterfaceTypeDefinition_CanImplementInterfaces()
    {
        var type = Single<InterfaceTypeDefinition>("interface Resource implements Node @d { id: ID! url: String }");

        Assert.Equal("Node", Assert.Single(type.Interfaces).Name.Value);
        Assert.Equal(2, type.Fields.Count);
    }

    [Fact]
    public void UnionTypeDefinition_AcceptsALeadingPipe()
    {
        var union = Single<UnionTypeDefinition>("union SearchResult @d = | Photo | Person");

        Assert.Equal(["Photo", "Person"], union.Types.Select(t => t.Name.Value));
        Assert.Empty(Single<UnionTypeDefinition>("union Empty").Types);
    }

    [Fact]
    public void EnumTypeDefinition_HasValuesWithDescriptionsAndDirectives()
    {
        var type = Single<EnumTypeDefinition>("enum Direction { \"Up\" NORTH EAST @deprecated(reason: \"no\") SOUTH WEST }");

        Assert.Equal(["NORTH", "EAST", "SOUTH", "WEST"], type.Values.Select(v => v.Name.Value));
        Assert.Equal("Up", type.Values[0].Description?.Value);
        Assert.Single(type.Values[1].Directives);
    }

    [Fact]
    public void InputObjectTypeDefinition_HasFieldsWithConstantDefaults()
    {
        var input = Single<InputObjectTypeDefinition>("input Filter @oneOf { text: String = null, range: [Int!] = [1, 2] \"d\" tag: Tag = { a: RED } }");

        Assert.Equal(["text", "range", "tag"], input.Fields.Select(f => f.Name.Value));
        Assert.IsType<NullValue>(input.Fields[0].DefaultValue);
        Assert.IsType<ObjectValue>(input.Fields[2].DefaultValue);
        Assert.Equal("d", input.Fields[2].Description?.Value);
    }

    [Fact]
    public void DirectiveDefinition_HasArgumentsRepeatableAndLocations()
    {
        var directive = Single<DirectiveDefinition>(
            "\"Keys\" directive @key(fields: String!, resolvable: Boolean = true) repeatable on | OBJECT | INTERFACE");

        Assert.Equal("Keys", directive.Description?.Value);
        Assert.Equal("key", directive.Name.Value);
        Assert.Equal(2, directive.Arguments.Count);
        Assert.True(directive.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        Assert.False(Single<DirectiveDefinition>("directive @skip(if: Boolean!) on FIELD").Repeatable);
    }

    [Fact]
    public void DirectiveDefinition_AcceptsEverySpecifiedLocation()
    {
        const string locations = "QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD | "
            + "INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | "
            + "ARGUMENT_DEFINITION | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION";

        Assert.Equal(19, Single<DirectiveDefinition>("directive @all on " + locations).Locations.Count);
    }

    [Fact]
    public void Extensions_CoverEveryKindAndForm()
    {
        var document = Parser.Parse("""
            extend schema @a
            extend schema @a { subscription: S }
            extend schema { query: Q }
            extend scalar Date @a
            extend type T implements I
            extend type T @a
            extend type T { f: Int }
            extend type T implements I & J @a { f: Int }
            extend interface I implements J
            extend interface I @a
            extend interface I { f: Int }
            extend union U @a
            extend union U = A | B
            extend enum E @a
            extend enum E { X }
            extend input In @a
            extend input In { f: Int }
            """);

        Assert.Equal(
            [
                typeof(SchemaExtension), typeof(SchemaExtension), typeof(SchemaExtension), typeof(ScalarTypeExtension),
                typeof(ObjectTypeExtension), typeof(ObjectTypeExtension), typeof(ObjectTypeExtension), typeof(ObjectTypeExtension),
                typeof(InterfaceTypeExtension), typeof(InterfaceTypeExtension), typeof(InterfaceTypeExtension),
                typeof(UnionTypeExtension), typeof(UnionTypeExtension), typeof(EnumTypeExtension), typeof(EnumTypeExtension),
                typeof(InputObjectTypeExtension), typeof(InputObjectTypeExtension),
            ],
            document.Definitions.Select(d => d.GetType()));
        var full = Assert.IsType<ObjectTypeExtension>(document.Definitions[7]);
        Assert.Equal(["I", "J"], full.Interfaces.Select(i => i.Name.Value));
        Assert.Single(full.Directives);
        Assert.Single(full.Fields);
        Assert.Equal(2, Assert.IsType<UnionTypeExtension>(document.Definitions[12]).Types.Count);
    }

    [Theory]
    [InlineData("extend", "Unexpected <EOF>.", 7)]
    [InlineData("extend foo", "Unexpected Name \"foo\".", 8)]
    [InlineData("extend schema", "Unexpected <EOF>.", 14)]
    [InlineData("extend scalar S", "Unexpected <EOF>.", 16)]
    [InlineData("extend type T", "Unexpected <EOF>.", 14)]
    [InlineData("extend type T extend", "Unexpected Name \"extend\".", 15)]
    [InlineData("extend interface I", "Unexpected <EOF>.", 19)]
    [InlineData("extend union U", "Unexpected <EOF>.", 15)]
    [InlineData("extend enum E", "Unexpected <EOF>.", 14)]
    [InlineData("extend input I", "Unexpected <EOF>.", 15)]
    [InlineData("extend directive @d @a", "Unexpected Name \"directive\".", 8)]
    [InlineData("\"d\" extend type T @a", "Unexpected description, only GraphQL definitions support descriptions.", 1)]
    public void Extensions_MustExtendSomething(string source, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void TypeSystemAndExecutableDefinitions_CanShareADocument()
    {
        var document = Parser.Parse("type Query { a: Int } { a } directive @d on FIELD fragment F on Query { a }");

        Assert.Equal(
            [SyntaxKind.ObjectTypeDefinition, SyntaxKind.OperationDefinition, SyntaxKind.DirectiveDefinition, SyntaxKind.FragmentDefinition],
            document.Definitions.Select(d => d.Kind));
    }

    [Fact]
    public void AbstractBases_ExposeSharedMembers()
    {
        var document = Parser.Parse("\"s\" scalar S @a type T @b extend type T @c extend union U @d");

        var scalar = Assert.IsAssignableFrom<TypeDefinition>(document.Definitions[0]);
        Assert.Equal(("S", "s", "a"), (scalar.Name.Value, scalar.Description?.Value, scalar.Directives[0].Name.Value));
        Assert.Equal("T", Assert.IsAssignableFrom<TypeDefinition>(document.Definitions[1]).Name.Value);
        var extension = Assert.IsAssignableFrom<TypeExtension>(document.Definitions[3]);
        Assert.Equal(("U", "d"), (extension.Name.Value, extension.Directives[0].Name.Value));
    }

    private static T Single<T>(string source)
        where T : Definition =>
        Assert.IsType<T>(Assert.Single(Parser.Parse(source).Definitions));
}

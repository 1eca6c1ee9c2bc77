using Appraisal.GraphQL.Types;
using Appraisal.GraphQL.Utilities;
using static Appraisal.GraphQL.Tests.Types.FieldResolution;

namespace Appraisal.GraphQL.Tests.Introspection;

/// <summary>The introspection types read through the type model: their resolvers called directly.</summary>
public sealed class IntrospectionTests
{
    private static readonly Schema Schema = new SchemaBuilder().AddSdl("""
        "The root"
        type Query { node(id: ID!): Node, old: String @deprecated(reason: "gone"), search(by: By = {id: "1"}, limit: Int = 10 @deprecated): [Result] }
        interface Node { id: ID! }
        type User implements Node { id: ID! }
        type Team implements Node { id: ID! }
        union Result = User | Team
        input By @oneOf { id: ID, name: String @deprecated }
        enum Role { ADMIN, GUEST @deprecated }
        scalar Url @specifiedBy(url: "https://example.com")
        directive @cost(weight: Int = 1) repeatable on FIELD_DEFINITION | OBJECT
        type Extra { role: Role, url: Url }
        """).Build();

    [Fact]
    public void SchemaListsTheIntrospectionTypes()
    {
        Assert.Equal(
            ["__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            Schema.Types.Keys.Where(name => name.StartsWith("__", StringComparison.Ordinal)));
        Assert.DoesNotContain("Float", Schema.Types.Keys);
        Assert.Contains("Boolean", Schema.Types.Keys);
    }

    [Fact]
    public void IntrospectionTypesHaveTheSpecFields()
    {
        Assert.Equal(["description", "types", "queryType", "mutationType", "subscriptionType", "directives"], Fields("__Schema"));
        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            Fields("__Type"));
        Assert.Equal(["name", "description", "args", "type", "isDeprecated", "deprecationReason"], Fields("__Field"));
        Assert.Equal(["name", "description", "type", "defaultValue", "isDeprecated", "deprecationReason"], Fields("__InputValue"));
        Assert.Equal(["name", "description", "isDeprecated", "deprecationReason"], Fields("__EnumValue"));
        Assert.Equal(["name", "description", "isRepeatable", "locations", "args"], Fields("__Directive"));
        Assert.Equal("Boolean!", ((ObjectType)Schema.Types["__Type"]).Fields["fields"].Arguments[0].Type.ToString());
        Assert.Equal(19, ((EnumType)Schema.Types["__DirectiveLocation"]).Values.Count);
    }

    [Fact]
    public async Task MetaFieldsResolveTheSchemaTypesAndTypeName()
    {
        Assert.Same(Schema, await ResolveAsync(Schema, "Query", "__schema", null));
        Assert.Same(Schema.Types["User"], await ResolveAsync(Schema, "Query", "__type", null, Args(("name", "User"))));
        Assert.Null(await ResolveAsync(Schema, "Query", "__type", null, Args(("name", "Nope"))));
        Assert.Equal("User", await ResolveAsync(Schema, "User", "__typename", new object()));
    }

    [Fact]
    public async Task TypeFieldsDependOnTheKind()
    {
        var query = Schema.QueryType;
        Assert.Equal("OBJECT", await ResolveAsync(Schema, "__Type", "kind", query));
        Assert.Equal("The root", await ResolveAsync(Schema, "__Type", "description", query));
        Assert.Null(await ResolveAsync(Schema, "__Type", "enumValues", query));
        Assert.Empty((object[])(await ResolveAsync(Schema, "__Type", "interfaces", query))!);

        var nonNull = query.Fields["node"].Arguments[0].Type;
        Assert.Equal("NON_NULL", await ResolveAsync(Schema, "__Type", "kind", nonNull));
        Assert.Null(await ResolveAsync(Schema, "__Type", "name", nonNull));
        Assert.Same(Schema.Types["ID"], await ResolveAsync(Schema, "__Type", "ofType", nonNull));

        Assert.Equal("https://example.com", await ResolveAsync(Schema, "__Type", "specifiedByURL", Schema.Types["Url"]));
        Assert.Equal(true, await ResolveAsync(Schema, "__Type", "isOneOf", Schema.Types["By"]));
        Assert.Null(await ResolveAsync(Schema, "__Type", "isOneOf", query));
    }

    [Fact]
    public async Task PossibleTypesOfAbstractTypes()
    {
        var implementers = (object[])(await ResolveAsync(Schema, "__Type", "possibleTypes", Schema.Types["Node"]))!;
        var members = (object[])(await ResolveAsync(Schema, "__Type", "possibleTypes", Schema.Types["Result"]))!;

        Assert.Equal(["User", "Team"], implementers.Cast<NamedGraphType>().Select(t => t.Name));
        Assert.Equal(["User", "Team"], members.Cast<NamedGraphType>().Select(t => t.Name));
        Assert.Null(await ResolveAsync(Schema, "__Type", "possibleTypes", Schema.Types["User"]));
    }

    [Fact]
    public async Task DeprecatedMembersOnlyWhenAskedFor()
    {
        async Task<int> Count(string field, object source, bool include) =>
            ((object[])(await ResolveAsync(Schema, "__Type", field, source, Args(("includeDeprecated", include))))!).Length;

        Assert.Equal(2, await Count("fields", Schema.QueryType, include: false));
        Assert.Equal(3, await Count("fields", Schema.QueryType, include: true));
        Assert.Equal(1, await Count("enumValues", Schema.Types["Role"], include: false));
        Assert.Equal(2, await Count("enumValues", Schema.Types["Role"], include: true));
        Assert.Equal(1, await Count("inputFields", Schema.Types["By"], include: false));

        var search = Schema.QueryType.Fields["search"];
        var args = (object[])(await ResolveAsync(Schema, "__Field", "args", search))!;
        Assert.Single(args);
        Assert.Equal("gone", await ResolveAsync(Schema, "__Field", "deprecationReason", Schema.QueryType.Fields["old"]));
        Assert.Equal(true, await ResolveAsync(Schema, "__Field", "isDeprecated", Schema.QueryType.Fields["old"]));
    }

    [Fact]
    public async Task DefaultValuesArePrintedAsGraphQL()
    {
        var search = Schema.QueryType.Fields["search"];

        Assert.Equal("{ id: \"1\" }", await ResolveAsync(Schema, "__InputValue", "defaultValue", search.Arguments[0]));
        Assert.Equal("10", await ResolveAsync(Schema, "__InputValue", "defaultValue", search.Arguments[1]));
        Assert.Null(await ResolveAsync(Schema, "__InputValue", "defaultValue", Schema.QueryType.Fields["node"].Arguments[0]));
    }

    [Fact]
    public async Task DirectivesDescribeThemselves()
    {
        var directives = (object[])(await ResolveAsync(Schema, "__Schema", "directives", Schema))!;
        var cost = directives.Cast<DirectiveDefinition>().First();

        Assert.Equal(["cost", "include", "skip", "deprecated", "specifiedBy", "oneOf"], directives.Cast<DirectiveDefinition>().Select(d => d.Name));
        Assert.Equal(true, await ResolveAsync(Schema, "__Directive", "isRepeatable", cost));
        var locations = (object[])(await ResolveAsync(Schema, "__Directive", "locations", cost))!;
        Assert.Equal(["FIELD_DEFINITION", "OBJECT"], locations.Select(l => GraphQL.Types.Introspection.DirectiveLocationType.Serialize(l)));
    }

    private static string[] Fields(string typeName) => [.. ((ObjectType)Schema.Types[typeName]).Fields.Keys];

    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] arguments) =>
        arguments.ToDictionary(a => a.Name, a => a.Value);
}

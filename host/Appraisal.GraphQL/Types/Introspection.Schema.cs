namespace Appraisal.GraphQL.Types;

public static partial class Introspection
{
    /// <summary><c>__Schema</c>. https://spec.graphql.org/September2025/#sec-The-__Schema-Type</summary>
    public static ObjectType SchemaType { get; }

    private static ObjectType CreateSchemaType() => new("__Schema", () =>
    [
        new("description", BuiltInScalars.String, ResolveSource<Schema>(schema => schema.Description)),
        new("types", NonNull(ListOfNonNull(TypeType)), ResolveSource<Schema>(schema => schema.Types.Values.ToArray()),
            Description: "A list of all types supported by this server."),
        new("queryType", NonNull(TypeType), ResolveSource<Schema>(schema => schema.QueryType),
            Description: "The type that query operations will be rooted at."),
        new("mutationType", TypeType, ResolveSource<Schema>(schema => schema.MutationType),
            Description: "If this server supports mutation, the type that mutation operations will be rooted at."),
        new("subscriptionType", TypeType, ResolveSource<Schema>(schema => schema.SubscriptionType),
            Description: "If this server support subscription, the type that subscription operations will be rooted at."),
        new("directives", NonNull(ListOfNonNull(DirectiveType)), ResolveSource<Schema>(schema => schema.Directives.Values.ToArray()),
            Description: "A list of all directives supported by this server."),
    ], description: "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.");

    /// <summary><c>__Directive</c>. https://spec.graphql.org/September2025/#sec-The-__Directive-Type</summary>
    public static ObjectType DirectiveType { get; }

    private static ObjectType CreateDirectiveType() => new("__Directive", () =>
    [
        new("name", NonNull(BuiltInScalars.String), ResolveSource<DirectiveDefinition>(directive => directive.Name)),
        new("description", BuiltInScalars.String, ResolveSource<DirectiveDefinition>(directive => directive.Description)),
        new("isRepeatable", NonNull(BuiltInScalars.Boolean), ResolveSource<DirectiveDefinition>(directive => directive.IsRepeatable)),
        new("locations", NonNull(ListOfNonNull(DirectiveLocationType)),
            ResolveSource<DirectiveDefinition>(directive => directive.Locations.Cast<object>().ToArray())),
        new("args", NonNull(ListOfNonNull(InputValueType)),
            context => ValueTask.FromResult<object?>(WithoutDeprecated(((DirectiveDefinition)context.Source!).Arguments, context)),
            [IncludeDeprecated()]),
    ], description: "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.");

    /// <summary><c>__DirectiveLocation</c>; its internal values are <see cref="DirectiveLocation"/> members.
    /// https://spec.graphql.org/September2025/#sec-The-__DirectiveLocation-Type</summary>
    public static EnumType DirectiveLocationType { get; }

    private static EnumType CreateDirectiveLocationType() => new("__DirectiveLocation",
    [
        Location("QUERY", DirectiveLocation.Query, "a query operation"),
        Location("MUTATION", DirectiveLocation.Mutation, "a mutation operation"),
        Location("SUBSCRIPTION", DirectiveLocation.Subscription, "a subscription operation"),
        Location("FIELD", DirectiveLocation.Field, "a field"),
        Location("FRAGMENT_DEFINITION", DirectiveLocation.FragmentDefinition, "a fragment definition"),
        Location("FRAGMENT_SPREAD", DirectiveLocation.FragmentSpread, "a fragment spread"),
        Location("INLINE_FRAGMENT", DirectiveLocation.InlineFragment, "an inline fragment"),
        Location("VARIABLE_DEFINITION", DirectiveLocation.VariableDefinition, "an operation variable definition"),
        Location("SCHEMA", DirectiveLocation.Schema, "a schema definition"),
        Location("SCALAR", DirectiveLocation.Scalar, "a scalar definition"),
        Location("OBJECT", DirectiveLocation.Object, "an object type definition"),
        Location("FIELD_DEFINITION", DirectiveLocation.FieldDefinition, "a field definition"),
        Location("ARGUMENT_DEFINITION", DirectiveLocation.ArgumentDefinition, "an argument definition"),
        Location("INTERFACE", DirectiveLocation.Interface, "an interface definition"),
        Location("UNION", DirectiveLocation.Union, "a union definition"),
        Location("ENUM", DirectiveLocation.Enum, "an enum definition"),
        Location("ENUM_VALUE", DirectiveLocation.EnumValue, "an enum value definition"),
        Location("INPUT_OBJECT", DirectiveLocation.InputObject, "an input object type definition"),
        Location("INPUT_FIELD_DEFINITION", DirectiveLocation.InputFieldDefinition, "an input object field definition"),
    ], "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.");

    /// <summary>The SDL name of a directive location: <c>FieldDefinition</c> → <c>FIELD_DEFINITION</c>.</summary>
    public static string NameOf(DirectiveLocation location) => DirectiveLocationType.Serialize(location);

    private static EnumValueDefinition Location(string name, DirectiveLocation location, string where) =>
        new(name, location, $"Location adjacent to {where}.");

    private static object[] WithoutDeprecated(IReadOnlyList<InputValueDefinition> values, FieldContext context) =>
        IncludeDeprecated(context) ? [.. values] : [.. values.Where(value => !value.IsDeprecated)];
}

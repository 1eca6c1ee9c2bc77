namespace Appraisal.GraphQL.Types;

/// <summary>
/// The introspection system: the types <c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>,
/// <c>__EnumValue</c>, <c>__Directive</c>, <c>__TypeKind</c>, <c>__DirectiveLocation</c>, and the meta-fields the
/// executor adds to selections (<c>__schema</c>, <c>__type</c>, <c>__typename</c>). Descriptions are graphql-js's,
/// so introspection results match the reference implementation. Where graphql-js 17 goes beyond the
/// September 2025 spec (deprecated directives, <c>FRAGMENT_VARIABLE_DEFINITION</c>, <c>DIRECTIVE_DEFINITION</c>),
/// we follow the spec. https://spec.graphql.org/September2025/#sec-Schema-Introspection
/// </summary>
/// <remarks>The resolvers' sources: <see cref="Schema"/> for <c>__Schema</c>, <see cref="GraphType"/> for
/// <c>__Type</c>, <see cref="FieldDefinition"/>, <see cref="InputValueDefinition"/>,
/// <see cref="EnumValueDefinition"/> and <see cref="DirectiveDefinition"/> for the others.</remarks>
public static partial class Introspection
{
    // One static constructor fixes the order across the partial files; the types refer to each other through
    // field thunks, which run only after every property is set.
    static Introspection()
    {
        TypeKindType = CreateTypeKindType();
        DirectiveLocationType = CreateDirectiveLocationType();
        SchemaType = CreateSchemaType();
        DirectiveType = CreateDirectiveType();
        TypeType = CreateTypeType();
        FieldType = CreateFieldType();
        InputValueType = CreateInputValueType();
        EnumValueType = CreateEnumValueType();
        SchemaField = new("__schema", new NonNullGraphType(SchemaType),
            Resolve(context => context.Schema), Description: "Access the current type schema of this server.");
        TypeField = new("__type", TypeType,
            Resolve(context => context.Schema.FindType(context.Argument<string>("name"))),
            [new InputValueDefinition("name", new NonNullGraphType(BuiltInScalars.String))],
            "Request the type information of a single type.");
        TypeNameField = new("__typename", new NonNullGraphType(BuiltInScalars.String),
            Resolve(context => context.ParentType.Name), Description: "The name of the current Object type at runtime.");
    }

    /// <summary><c>__schema: __Schema!</c>, on the query root type only.</summary>
    public static FieldDefinition SchemaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, on the query root type only.</summary>
    public static FieldDefinition TypeField { get; }

    /// <summary><c>__typename: String!</c>, on every object, interface and union: the name of the object type.</summary>
    public static FieldDefinition TypeNameField { get; }

    /// <summary>The eight introspection types, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<NamedGraphType> Types =>
        [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];

    /// <summary>Whether the type is one of the introspection types (by name, as graphql-js checks).</summary>
    public static bool IsIntrospectionType(NamedGraphType type) => type.Name switch
    {
        "__Schema" or "__Directive" or "__DirectiveLocation" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__TypeKind" => true,
        _ => false,
    };

    private static FieldResolver Resolve(Func<FieldContext, object?> resolve) =>
        context => ValueTask.FromResult(resolve(context));

    private static FieldResolver ResolveSource<TSource>(Func<TSource, object?> resolve) =>
        context => ValueTask.FromResult(resolve((TSource)context.Source!));

    private static GraphType NonNull(GraphType type) => new NonNullGraphType(type);

    private static GraphType ListOfNonNull(GraphType type) => new ListGraphType(new NonNullGraphType(type));

    /// <summary><c>includeDeprecated: Boolean! = false</c></summary>
    private static InputValueDefinition IncludeDeprecated() =>
        new("includeDeprecated", NonNull(BuiltInScalars.Boolean), new Language.BooleanValue(default, false));

    private static bool IncludeDeprecated(FieldContext context) => context.Argument("includeDeprecated", false);
}

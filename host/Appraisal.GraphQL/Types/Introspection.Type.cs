namespace Appraisal.GraphQL.Types;

public static partial class Introspection
{
    /// <summary><c>__Type</c>: fields that do not apply to a type's kind resolve to null.
    /// https://spec.graphql.org/September2025/#sec-The-__Type-Type</summary>
    public static ObjectType TypeType { get; }

    private static ObjectType CreateTypeType() => new("__Type", () =>
    [
        new("kind", NonNull(TypeKindType), ResolveSource<GraphType>(KindOf)),
        new("name", BuiltInScalars.String, ResolveSource<GraphType>(type => (type as NamedGraphType)?.Name)),
        new("description", BuiltInScalars.String, ResolveSource<GraphType>(type => (type as NamedGraphType)?.Description)),
        new("specifiedByURL", BuiltInScalars.String, ResolveSource<GraphType>(type => (type as ScalarType)?.SpecifiedByUrl)),
        new("fields", ListOfNonNull(FieldType), context => ValueTask.FromResult(FieldsOf(context)), [IncludeDeprecated()]),
        new("interfaces", ListOfNonNull(TypeType), ResolveSource<GraphType>(type => (type as IFieldsContainer)?.Interfaces.ToArray())),
        new("possibleTypes", ListOfNonNull(TypeType), context => ValueTask.FromResult<object?>(
            context.Source is NamedGraphType { IsAbstractType: true } type ? context.Schema.GetPossibleTypes(type).ToArray() : null)),
        new("enumValues", ListOfNonNull(EnumValueType), context => ValueTask.FromResult(EnumValuesOf(context)), [IncludeDeprecated()]),
        new("inputFields", ListOfNonNull(InputValueType), context => ValueTask.FromResult<object?>(
            context.Source is InputObjectType input ? WithoutDeprecated([.. input.Fields.Values], context) : null), [IncludeDeprecated()]),
        new("ofType", TypeType, ResolveSource<GraphType>(type => type switch
        {
            ListGraphType list => list.OfType,
            NonNullGraphType nonNull => nonNull.OfType,
            _ => null,
        })),
        new("isOneOf", BuiltInScalars.Boolean, ResolveSource<GraphType>(type => (type as InputObjectType)?.IsOneOf)),
    ], description: "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.");

    /// <summary><c>__TypeKind</c>; its internal values are the names. https://spec.graphql.org/September2025/#sec-The-__TypeKind-Type</summary>
    public static EnumType TypeKindType { get; }

    private static EnumType CreateTypeKindType() => new("__TypeKind",
    [
        new("SCALAR", "SCALAR", "Indicates this type is a scalar."),
        new("OBJECT", "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
        new("INTERFACE", "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
        new("UNION", "UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
        new("ENUM", "ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
        new("INPUT_OBJECT", "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
        new("LIST", "LIST", "Indicates this type is a list. `ofType` is a valid field."),
        new("NON_NULL", "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
    ], "An enum describing what kind of type a given `__Type` is.");

    /// <summary>The <c>__TypeKind</c> name of a type: <c>OBJECT</c>, <c>NON_NULL</c>…</summary>
    public static string KindOf(GraphType type) => type switch
    {
        ScalarType => "SCALAR",
        ObjectType => "OBJECT",
        InterfaceType => "INTERFACE",
        UnionType => "UNION",
        EnumType => "ENUM",
        InputObjectType => "INPUT_OBJECT",
        ListGraphType => "LIST",
        NonNullGraphType => "NON_NULL",
        _ => throw new ArgumentException($"Unexpected type: {type}.", nameof(type)),
    };

    private static object? FieldsOf(FieldContext context)
    {
        if (context.Source is not IFieldsContainer container)
        {
            return null;
        }

        var include = IncludeDeprecated(context);
        return container.Fields.Values.Where(field => include || !field.IsDeprecated).ToArray();
    }

    private static object? EnumValuesOf(FieldContext context)
    {
        if (context.Source is not EnumType enumType)
        {
            return null;
        }

        var include = IncludeDeprecated(context);
        return enumType.Values.Values.Where(value => include || !value.IsDeprecated).ToArray();
    }
}

namespace Appraisal.GraphQL.Types;

/// <summary>
/// A type of the runtime schema: a named type, or a list or non-null wrapper around another type.
/// https://spec.graphql.org/September2025/#sec-Types
/// </summary>
public abstract class GraphType
{
    private protected GraphType()
    {
    }

    /// <summary>The named type under any wrappers: <c>[Foo!]!</c> → <c>Foo</c>.</summary>
    public abstract NamedGraphType NamedType { get; }

    /// <summary>True for input types (scalars, enums, input objects, and wrappers of them).</summary>
    public bool IsInputType => NamedType is ScalarType or EnumType or InputObjectType;

    /// <summary>True for output types (everything but input objects, and wrappers of them).</summary>
    public bool IsOutputType => NamedType is not InputObjectType;

    /// <summary>True for scalars and enums.</summary>
    public bool IsLeafType => this is ScalarType or EnumType;

    /// <summary>True for objects, interfaces and unions: types with selection sets.</summary>
    public bool IsCompositeType => this is ObjectType or InterfaceType or UnionType;

    /// <summary>True for interfaces and unions.</summary>
    public bool IsAbstractType => this is InterfaceType or UnionType;

    /// <summary>The type as written in GraphQL: <c>[String!]</c>.</summary>
    public abstract override string ToString();
}

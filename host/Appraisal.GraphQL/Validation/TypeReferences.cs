using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Validation;

/// <summary>Type references of a document resolved against a schema, and the comparisons validation needs.</summary>
internal static class TypeReferences
{
    /// <summary>The schema type a reference names (<c>[Dog!]</c>), or null when the named type does not exist.</summary>
    public static GraphType? Resolve(Schema schema, TypeReference reference) => reference switch
    {
        NamedType named => schema.FindType(named.Name.Value),
        ListType list => Resolve(schema, list.Type) is { } item ? new ListGraphType(item) : null,
        NonNullType nonNull => Resolve(schema, nonNull.Type) is { } inner and not NonNullGraphType ? new NonNullGraphType(inner) : null,
        _ => null,
    };

    /// <summary>Whether two types are the same, wrappers included (wrapper instances are not shared).</summary>
    public static bool AreEqual(GraphType a, GraphType b) => (a, b) switch
    {
        (ListGraphType x, ListGraphType y) => AreEqual(x.OfType, y.OfType),
        (NonNullGraphType x, NonNullGraphType y) => AreEqual(x.OfType, y.OfType),
        _ => ReferenceEquals(a, b),
    };

    /// <summary>Whether a value of <paramref name="subType"/> may stand where <paramref name="superType"/> is expected.</summary>
    public static bool IsSubTypeOf(Schema schema, GraphType subType, GraphType superType)
    {
        if (AreEqual(subType, superType))
        {
            return true;
        }

        if (superType is NonNullGraphType superNonNull)
        {
            return subType is NonNullGraphType subNonNull && IsSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (subType is NonNullGraphType nonNull)
        {
            return IsSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListGraphType superList)
        {
            return subType is ListGraphType subList && IsSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        return subType is not ListGraphType
            && superType is NamedGraphType { IsAbstractType: true } abstractType
            && subType is ObjectType or InterfaceType
            && schema.IsSubType(abstractType, (NamedGraphType)subType);
    }

    /// <summary>Whether some object type could be of both composite types.</summary>
    public static bool DoTypesOverlap(Schema schema, NamedGraphType a, NamedGraphType b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType)
        {
            return b.IsAbstractType
                ? schema.GetPossibleTypes(a).Any(type => schema.IsSubType(b, type))
                : schema.IsSubType(a, b);
        }

        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}

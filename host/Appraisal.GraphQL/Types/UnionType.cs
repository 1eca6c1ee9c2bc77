namespace Appraisal.GraphQL.Types;

/// <summary>A union of object types. https://spec.graphql.org/September2025/#sec-Unions</summary>
public sealed class UnionType(
    string name,
    Func<IEnumerable<ObjectType>> types,
    string? description = null,
    TypeResolver? resolveType = null) : NamedGraphType(name, description)
{
    private readonly Lazy<ObjectType[]> _types = new(() => [.. types()]);

    /// <summary>Member types in definition order.</summary>
    public IReadOnlyList<ObjectType> Types => _types.Value;

    /// <summary>Names the object type of a runtime value; null to fall back to <see cref="ObjectType.IsTypeOf"/>.</summary>
    public TypeResolver? ResolveType { get; } = resolveType;
}

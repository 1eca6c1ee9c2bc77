namespace Appraisal.GraphQL.Types;

/// <summary>
/// An interface: fields that implementing objects (and interfaces) share.
/// https://spec.graphql.org/September2025/#sec-Interfaces
/// </summary>
public sealed class InterfaceType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null,
    TypeResolver? resolveType = null) : NamedGraphType(name, description), IFieldsContainer
{
    private readonly Lazy<FieldMap<FieldDefinition>> _fields = new(() => FieldMap<FieldDefinition>.From(fields(), f => f.Name, name));
    private readonly Lazy<InterfaceType[]> _interfaces = new(() => [.. interfaces?.Invoke() ?? []]);

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields.Value;

    /// <summary>Interfaces this interface implements.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    /// <summary>Names the object type of a runtime value; null to fall back to <see cref="ObjectType.IsTypeOf"/>.</summary>
    public TypeResolver? ResolveType { get; } = resolveType;
}

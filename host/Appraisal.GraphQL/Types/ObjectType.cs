namespace Appraisal.GraphQL.Types;

/// <summary>
/// An object type: named fields, each with a resolver. Fields and interfaces are given as thunks so types
/// can refer to each other (and to themselves) before all of them exist; each thunk runs once.
/// https://spec.graphql.org/September2025/#sec-Objects
/// </summary>
public sealed class ObjectType(
    string name,
    Func<IEnumerable<FieldDefinition>> fields,
    Func<IEnumerable<InterfaceType>>? interfaces = null,
    string? description = null,
    Func<object, bool>? isTypeOf = null) : NamedGraphType(name, description), IFieldsContainer
{
    private readonly Lazy<FieldMap<FieldDefinition>> _fields = new(() => FieldMap<FieldDefinition>.From(fields(), f => f.Name, name));
    private readonly Lazy<InterfaceType[]> _interfaces = new(() => [.. interfaces?.Invoke() ?? []]);

    /// <summary>Fields in definition order.</summary>
    public IReadOnlyDictionary<string, FieldDefinition> Fields => _fields.Value;

    /// <summary>Interfaces this type implements, in definition order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Value;

    /// <summary>Whether a runtime value is of this type, for abstract types without a type resolver; null if unknown.</summary>
    public Func<object, bool>? IsTypeOf { get; } = isTypeOf;
}

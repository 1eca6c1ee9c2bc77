namespace Appraisal.GraphQL.Types;

/// <summary>
/// An input object: named input fields; with <c>@oneOf</c>, exactly one of them must be given and non-null.
/// https://spec.graphql.org/September2025/#sec-Input-Objects
/// </summary>
public sealed class InputObjectType(
    string name,
    Func<IEnumerable<InputValueDefinition>> fields,
    string? description = null,
    bool isOneOf = false) : NamedGraphType(name, description)
{
    private readonly Lazy<FieldMap<InputValueDefinition>> _fields = new(() => FieldMap<InputValueDefinition>.From(fields(), f => f.Name, name));

    /// <summary>Input fields in definition order.</summary>
    public IReadOnlyDictionary<string, InputValueDefinition> Fields => _fields.Value;

    /// <summary>A OneOf input object (<c>@oneOf</c>).</summary>
    public bool IsOneOf { get; } = isOneOf;
}

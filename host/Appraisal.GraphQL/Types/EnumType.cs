namespace Appraisal.GraphQL.Types;

/// <summary>
/// An enum: a closed set of names, each standing for an internal value (by default the name itself).
/// https://spec.graphql.org/September2025/#sec-Enums
/// </summary>
public sealed class EnumType : NamedGraphType
{
    private readonly FieldMap<EnumValueDefinition> _values;
    private readonly Dictionary<object, EnumValueDefinition> _byInternal;

    public EnumType(string name, IEnumerable<EnumValueDefinition> values, string? description = null)
        : base(name, description)
    {
        _values = FieldMap<EnumValueDefinition>.From(values, v => v.Name, name);
        _byInternal = [];
        foreach (var value in _values.Values)
        {
            _byInternal.TryAdd(value.Value, value);
        }
    }

    /// <summary>Values in definition order.</summary>
    public IReadOnlyDictionary<string, EnumValueDefinition> Values => _values;

    /// <summary>Result coercion: the name of an internal value.</summary>
    public string Serialize(object value) =>
        _byInternal.TryGetValue(value, out var definition)
            ? definition.Name
            : throw new CoercionException($"Enum \"{Name}\" cannot represent value: {value}");

    /// <summary>Input coercion of a name (from a literal or a variable): its internal value.</summary>
    public object ParseName(string name) =>
        _values.TryGetValue(name, out var definition)
            ? definition.Value
            : throw new CoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
}

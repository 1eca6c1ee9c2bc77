using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Types;

/// <summary>
/// A leaf type with its coercion rules. https://spec.graphql.org/September2025/#sec-Scalars
/// Values outside the engine are JSON-shaped: <see cref="string"/>, <see cref="bool"/>, <see cref="int"/>,
/// <see cref="long"/>, <see cref="double"/>, lists (<see cref="IReadOnlyList{T}"/>) and maps
/// (<see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to value). Every method throws
/// <see cref="CoercionException"/> with a message for the client when a value cannot be coerced.
/// </summary>
public abstract class ScalarType(string name, string? description = null, string? specifiedByUrl = null)
    : NamedGraphType(name, description)
{
    /// <summary>The URL of the scalar's specification (<c>@specifiedBy</c>), or null.</summary>
    public string? SpecifiedByUrl { get; } = specifiedByUrl;

    /// <summary>Result coercion: an internal value to a JSON-shaped value (string, bool, number).</summary>
    public abstract object Serialize(object value);

    /// <summary>Input coercion of a variable value (JSON-shaped, never null).</summary>
    public abstract object ParseValue(object value);

    /// <summary>Input coercion of a literal (never a variable and never <c>null</c>: the caller handles both).</summary>
    public abstract object ParseLiteral(Value literal);
}

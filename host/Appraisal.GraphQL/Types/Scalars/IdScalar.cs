using System.Globalization;
using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Types.Scalars;

/// <summary>ID: an opaque identifier, serialized as a string. https://spec.graphql.org/September2025/#sec-ID</summary>
internal sealed class IdScalar() : ScalarType("ID",
    "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for a cache. The ID type appears in a JSON response as a String; however, it is not intended to be human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such as `4`) input value will be accepted as an ID.")
{
    public override object Serialize(object value) => value switch
    {
        string s => s,
        int or long or short or uint or ulong => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        Guid g => g.ToString(),
        _ => throw new CoercionException($"ID cannot represent value: {ScalarText.Inspect(value)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        string s => s,
        int or long => ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture),
        double d when Math.Floor(d) == d && double.IsFinite(d) => d.ToString("0", CultureInfo.InvariantCulture),
        _ => throw new CoercionException($"ID cannot represent value: {ScalarText.Inspect(value)}"),
    };

    public override object ParseLiteral(Value literal) => literal switch
    {
        StringValue s => s.Value,
        IntValue i => i.Value,
        _ => throw new CoercionException($"ID cannot represent a non-string and non-integer value: {ScalarText.Print(literal)}"),
    };
}

using System.Globalization;
using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Types.Scalars;

/// <summary>String: UTF-8 text. https://spec.graphql.org/September2025/#sec-String</summary>
internal sealed class StringScalar() : ScalarType("String",
    "The `String` scalar type represents textual data, represented as UTF-8 character sequences. The String type is most often used by GraphQL to represent free-form human-readable text.")
{
    public override object Serialize(object value) => value switch
    {
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f when value is int or long or double or decimal or float or short => f.ToString(null, CultureInfo.InvariantCulture),
        Enum e => e.ToString(),
        _ => throw new CoercionException($"String cannot represent value: {ScalarText.Inspect(value)}"),
    };

    public override object ParseValue(object value) =>
        value as string ?? throw new CoercionException($"String cannot represent a non string value: {ScalarText.Inspect(value)}");

    public override object ParseLiteral(Value literal) =>
        literal is StringValue s ? s.Value : throw new CoercionException($"String cannot represent a non string value: {ScalarText.Print(literal)}");
}

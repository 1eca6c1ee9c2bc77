using System.Globalization;
using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Types.Scalars;

/// <summary>Int: a signed 32-bit integer. https://spec.graphql.org/September2025/#sec-Int</summary>
internal sealed class IntScalar() : ScalarType("Int",
    "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent values between -(2^31) and 2^31 - 1.")
{
    public override object Serialize(object value) => value switch
    {
        int i => i,
        long or short or byte or sbyte or ushort or uint or ulong or decimal or double or float => FromNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture), value),
        bool b => b ? 1 : 0,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => FromNumber(parsed, value),
        _ => throw new CoercionException($"Int cannot represent non-integer value: {ScalarText.Inspect(value)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        int i => i,
        long or double or decimal or float or short => FromNumber(Convert.ToDouble(value, CultureInfo.InvariantCulture), value),
        _ => throw new CoercionException($"Int cannot represent non-integer value: {ScalarText.Inspect(value)}"),
    };

    public override object ParseLiteral(Value literal)
    {
        if (literal is not IntValue integer)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {ScalarText.Print(literal)}");
        }

        return int.TryParse(integer.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
            ? i
            : throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {integer.Value}");
    }

    private static int FromNumber(double number, object original)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Floor(number) != number)
        {
            throw new CoercionException($"Int cannot represent non-integer value: {ScalarText.Inspect(original)}");
        }

        return number is > int.MaxValue or < int.MinValue
            ? throw new CoercionException($"Int cannot represent non 32-bit signed integer value: {ScalarText.Inspect(original)}")
            : (int)number;
    }
}

using System.Globalization;
using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Types.Scalars;

/// <summary>Float: a finite IEEE 754 double. https://spec.graphql.org/September2025/#sec-Float</summary>
internal sealed class FloatScalar() : ScalarType("Float",
    "The `Float` scalar type represents signed double-precision fractional values as specified by [IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).")
{
    public override object Serialize(object value) => value switch
    {
        double or float or decimal or int or long or short or byte or sbyte or ushort or uint or ulong => Finite(Convert.ToDouble(value, CultureInfo.InvariantCulture), value),
        bool b => b ? 1d : 0d,
        string s when double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => Finite(parsed, value),
        _ => throw new CoercionException($"Float cannot represent non numeric value: {ScalarText.Inspect(value)}"),
    };

    public override object ParseValue(object value) => value switch
    {
        double or float or decimal or int or long or short => Finite(Convert.ToDouble(value, CultureInfo.InvariantCulture), value),
        _ => throw new CoercionException($"Float cannot represent non numeric value: {ScalarText.Inspect(value)}"),
    };

    public override object ParseLiteral(Value literal) => literal switch
    {
        IntValue i => Finite(double.Parse(i.Value, CultureInfo.InvariantCulture), i.Value),
        FloatValue f => Finite(double.Parse(f.Value, CultureInfo.InvariantCulture), f.Value),
        _ => throw new CoercionException($"Float cannot represent non numeric value: {ScalarText.Print(literal)}"),
    };

    private static double Finite(double number, object original) =>
        double.IsFinite(number) ? number : throw new CoercionException($"Float cannot represent non numeric value: {ScalarText.Inspect(original)}");
}

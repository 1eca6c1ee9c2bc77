using System.Globalization;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Utilities;

/// <summary>
/// A custom scalar the SDL names but no C# code implements: values go out and come in as they are, like
/// graphql-js's default scalar. Literals become JSON-shaped values (numbers, strings, booleans, lists, maps).
/// https://spec.graphql.org/September2025/#sec-Scalars.Custom-Scalars
/// </summary>
internal sealed class PassThroughScalar(string name, string? description, string? specifiedByUrl)
    : ScalarType(name, description, specifiedByUrl)
{
    public override object Serialize(object value) => value;

    public override object ParseValue(object value) => value;

    public override object ParseLiteral(Value literal) => FromLiteral(literal)
        ?? throw new CoercionException($"{Name} cannot represent value: null");

    private object? FromLiteral(Value literal) => literal switch
    {
        IntValue i => FromInteger(i.Value),
        FloatValue f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValue s => s.Value,
        BooleanValue b => b.Value,
        EnumValue e => e.Value,
        NullValue => null,
        ListValue list => list.Values.Select(FromLiteral).ToArray(),
        ObjectValue map => map.Fields.ToDictionary(f => f.Name.Value, f => FromLiteral(f.Value), StringComparer.Ordinal),
        _ => throw new CoercionException($"{Name} cannot represent value: {Printer.Print(literal)}"),
    };

    /// <summary>The smallest of int, long and double that holds the integer (each boxed as itself).</summary>
    private static object FromInteger(string text)
    {
        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var small))
        {
            return small;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var large)
            ? large
            : double.Parse(text, CultureInfo.InvariantCulture);
    }
}

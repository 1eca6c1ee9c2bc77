using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Types.Scalars;

/// <summary>Boolean: true or false. https://spec.graphql.org/September2025/#sec-Boolean</summary>
internal sealed class BooleanScalar() : ScalarType("Boolean", "The `Boolean` scalar type represents `true` or `false`.")
{
    public override object Serialize(object value) => value switch
    {
        bool b => b,
        int i => i != 0,
        long l => l != 0,
        double d when double.IsFinite(d) => d != 0,
        _ => throw new CoercionException($"Boolean cannot represent a non boolean value: {ScalarText.Inspect(value)}"),
    };

    public override object ParseValue(object value) =>
        value as bool? ?? throw new CoercionException($"Boolean cannot represent a non boolean value: {ScalarText.Inspect(value)}");

    public override object ParseLiteral(Value literal) =>
        literal is BooleanValue b ? b.Value : throw new CoercionException($"Boolean cannot represent a non boolean value: {ScalarText.Print(literal)}");
}

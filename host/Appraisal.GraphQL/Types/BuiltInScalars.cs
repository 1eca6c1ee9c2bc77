using Appraisal.GraphQL.Types.Scalars;

namespace Appraisal.GraphQL.Types;

/// <summary>
/// The five built-in scalars. A schema lists only those it references (spec §3 "Built-in Scalars").
/// https://spec.graphql.org/September2025/#sec-Scalars.Built-in-Scalars
/// </summary>
public static class BuiltInScalars
{
    public static ScalarType Int { get; } = new IntScalar();

    public static ScalarType Float { get; } = new FloatScalar();

    public static ScalarType String { get; } = new StringScalar();

    public static ScalarType Boolean { get; } = new BooleanScalar();

    public static ScalarType ID { get; } = new IdScalar();

    public static IReadOnlyList<ScalarType> All { get; } = [String, Int, Float, Boolean, ID];

    /// <summary>The built-in scalar with this name, or null.</summary>
    public static ScalarType? Find(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}

using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Utilities;

/// <summary>A C# scalar implementation with the description and <c>@specifiedBy</c> URL its SDL definition gives.</summary>
internal sealed class DescribedScalar(ScalarType implementation, string? description, string? specifiedByUrl)
    : ScalarType(implementation.Name, description, specifiedByUrl)
{
    public override object Serialize(object value) => implementation.Serialize(value);

    public override object ParseValue(object value) => implementation.ParseValue(value);

    public override object ParseLiteral(Value literal) => implementation.ParseLiteral(literal);
}

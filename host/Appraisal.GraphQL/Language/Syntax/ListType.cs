namespace Appraisal.GraphQL.Language;

/// <summary>
/// A list type reference, <c>[Type]</c>.
/// <code>
/// ListType : [ Type ]
/// </code>
/// </summary>
public sealed record ListType(Location Location, TypeReference Type) : TypeReference(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ListType;
}

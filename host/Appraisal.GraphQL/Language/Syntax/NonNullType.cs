namespace Appraisal.GraphQL.Language;

/// <summary>
/// A non-null type reference, <c>Type!</c>; <see cref="Type"/> is a <see cref="NamedType"/> or a <see cref="ListType"/>.
/// <code>
/// NonNullType :
///   - NamedType !
///   - ListType !
/// </code>
/// </summary>
public sealed record NonNullType(Location Location, TypeReference Type) : TypeReference(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
}

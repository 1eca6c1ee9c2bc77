namespace Appraisal.GraphQL.Language;

/// <summary>
/// A reference to a named type.
/// <code>
/// NamedType : Name
/// </code>
/// </summary>
public sealed record NamedType(Location Location, Name Name) : TypeReference(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.NamedType;
}

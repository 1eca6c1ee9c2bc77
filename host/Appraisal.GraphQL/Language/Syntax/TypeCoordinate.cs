namespace Appraisal.GraphQL.Language;

/// <summary>
/// A schema coordinate naming a type, <c>Type</c>.
/// <code>
/// TypeCoordinate :: Name
/// </code>
/// </summary>
public sealed record TypeCoordinate(Location Location, Name Name) : SchemaCoordinate(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.TypeCoordinate;
}

namespace Appraisal.GraphQL.Language;

/// <summary>
/// A schema coordinate naming a directive, <c>@directive</c>.
/// <code>
/// DirectiveCoordinate :: @ Name
/// </code>
/// </summary>
public sealed record DirectiveCoordinate(Location Location, Name Name) : SchemaCoordinate(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveCoordinate;
}

namespace Appraisal.GraphQL.Language;

/// <summary>
/// A schema coordinate naming a directive argument, <c>@directive(arg:)</c>.
/// <code>
/// DirectiveArgumentCoordinate :: @ Name ( Name : )
/// </code>
/// </summary>
public sealed record DirectiveArgumentCoordinate(
    Location Location,
    Name Name,
    Name ArgumentName)
    : SchemaCoordinate(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.DirectiveArgumentCoordinate;
}

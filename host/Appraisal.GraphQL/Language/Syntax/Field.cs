namespace Appraisal.GraphQL.Language;

/// <summary>
/// A field selection, optionally aliased, with arguments, directives and a sub-selection.
/// <code>
/// Field : Alias? Name Arguments? Directives? SelectionSet?
/// Alias : Name :
/// </code>
/// </summary>
public sealed record Field(
    Location Location,
    Name? Alias,
    Name Name,
    IReadOnlyList<Argument> Arguments,
    IReadOnlyList<Directive> Directives,
    SelectionSet? SelectionSet)
    : Selection(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.Field;
}

namespace Appraisal.GraphQL.Language;

/// <summary>
/// The braces-delimited list of fields and fragments selected on an object, interface or union.
/// <code>
/// SelectionSet : { Selection+ }
/// </code>
/// </summary>
public sealed record SelectionSet(Location Location, IReadOnlyList<Selection> Selections) : SyntaxNode(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
}

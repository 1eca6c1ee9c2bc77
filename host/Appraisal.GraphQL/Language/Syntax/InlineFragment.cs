namespace Appraisal.GraphQL.Language;

/// <summary>
/// An inline fragment, <c>... on Type { ... }</c>; the type condition is optional.
/// <code>
/// InlineFragment : ... TypeCondition? Directives? SelectionSet
/// </code>
/// </summary>
public sealed record InlineFragment(
    Location Location,
    NamedType? TypeCondition,
    IReadOnlyList<Directive> Directives,
    SelectionSet SelectionSet)
    : Selection(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
}

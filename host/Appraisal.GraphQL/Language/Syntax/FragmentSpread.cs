namespace Appraisal.GraphQL.Language;

/// <summary>
/// A spread of a named fragment, <c>...Name</c>.
/// <code>
/// FragmentSpread : ... FragmentName Directives?
/// </code>
/// </summary>
public sealed record FragmentSpread(
    Location Location,
    Name Name,
    IReadOnlyList<Directive> Directives)
    : Selection(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
}

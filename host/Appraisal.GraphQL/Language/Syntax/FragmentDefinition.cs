namespace Appraisal.GraphQL.Language;

/// <summary>
/// A named fragment; its name is never <c>on</c>.
/// <code>
/// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
/// FragmentName : Name but not `on`
/// TypeCondition : on NamedType
/// </code>
/// </summary>
public sealed record FragmentDefinition(
    Location Location,
    StringValue? Description,
    Name Name,
    NamedType TypeCondition,
    IReadOnlyList<Directive> Directives,
    SelectionSet SelectionSet)
    : ExecutableDefinition(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
}

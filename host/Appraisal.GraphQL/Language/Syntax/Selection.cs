namespace Appraisal.GraphQL.Language;

/// <summary>
/// One entry of a selection set.
/// <code>
/// Selection :
///   - Field
///   - FragmentSpread
///   - InlineFragment
/// </code>
/// </summary>
public abstract record Selection(Location Location) : SyntaxNode(Location)
{
    /// <summary>The directives applied to the selection.</summary>
    public abstract IReadOnlyList<Directive> Directives { get; init; }
}

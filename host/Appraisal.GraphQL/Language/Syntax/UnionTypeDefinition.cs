namespace Appraisal.GraphQL.Language;

/// <summary>
/// A union type and its member types.
/// <code>
/// UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
/// </code>
/// </summary>
public sealed record UnionTypeDefinition(
    Location Location,
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<NamedType> Types)
    : TypeDefinition(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
}

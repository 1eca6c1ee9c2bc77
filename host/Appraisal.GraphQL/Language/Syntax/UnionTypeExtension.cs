namespace Appraisal.GraphQL.Language;

/// <summary>
/// <c>extend union</c>: adds directives and/or member types.
/// <code>
/// UnionTypeExtension :
///   - extend union Name Directives[Const]? UnionMemberTypes
///   - extend union Name Directives[Const]
/// </code>
/// </summary>
public sealed record UnionTypeExtension(
    Location Location,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<NamedType> Types)
    : TypeExtension(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
}

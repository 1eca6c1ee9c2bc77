namespace Appraisal.GraphQL.Language;

/// <summary>
/// A custom scalar type.
/// <code>
/// ScalarTypeDefinition : Description? scalar Name Directives[Const]?
/// </code>
/// </summary>
public sealed record ScalarTypeDefinition(
    Location Location,
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives)
    : TypeDefinition(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

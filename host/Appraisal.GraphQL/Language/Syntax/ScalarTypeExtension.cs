namespace Appraisal.GraphQL.Language;

/// <summary>
/// <c>extend scalar</c>: adds directives.
/// <code>
/// ScalarTypeExtension : extend scalar Name Directives[Const]
/// </code>
/// </summary>
public sealed record ScalarTypeExtension(
    Location Location,
    Name Name,
    IReadOnlyList<Directive> Directives)
    : TypeExtension(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

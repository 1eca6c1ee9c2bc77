namespace Appraisal.GraphQL.Language;

/// <summary>
/// One value of an enum type.
/// <code>
/// EnumValueDefinition : Description? EnumValue Directives[Const]?
/// </code>
/// </summary>
public sealed record EnumValueDefinition(
    Location Location,
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives)
    : SyntaxNode(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
}

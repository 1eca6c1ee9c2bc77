namespace Appraisal.GraphQL.Language;

/// <summary>
/// An argument definition or an input object field; the default value is constant.
/// <code>
/// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
/// </code>
/// </summary>
public sealed record InputValueDefinition(
    Location Location,
    StringValue? Description,
    Name Name,
    TypeReference Type,
    Value? DefaultValue,
    IReadOnlyList<Directive> Directives)
    : SyntaxNode(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
}

namespace Appraisal.GraphQL.Language;

/// <summary>
/// One variable of an operation, with its type, optional default value (always constant) and constant directives.
/// <code>
/// VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
/// DefaultValue : = Value[Const]
/// </code>
/// </summary>
public sealed record VariableDefinition(
    Location Location,
    StringValue? Description,
    Variable Variable,
    TypeReference Type,
    Value? DefaultValue,
    IReadOnlyList<Directive> Directives)
    : SyntaxNode(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
}

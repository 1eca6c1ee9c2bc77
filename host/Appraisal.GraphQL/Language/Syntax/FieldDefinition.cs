namespace Appraisal.GraphQL.Language;

/// <summary>
/// A field of an object or interface type.
/// <code>
/// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
/// </code>
/// </summary>
public sealed record FieldDefinition(
    Location Location,
    StringValue? Description,
    Name Name,
    IReadOnlyList<InputValueDefinition> Arguments,
    TypeReference Type,
    IReadOnlyList<Directive> Directives)
    : SyntaxNode(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
}

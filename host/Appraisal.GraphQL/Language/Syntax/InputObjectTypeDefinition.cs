namespace Appraisal.GraphQL.Language;

/// <summary>
/// An input object type and its fields.
/// <code>
/// InputObjectTypeDefinition :
///   - Description? input Name Directives[Const]? InputFieldsDefinition
///   - Description? input Name Directives[Const]? [lookahead != `{`]
/// </code>
/// </summary>
public sealed record InputObjectTypeDefinition(
    Location Location,
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<InputValueDefinition> Fields)
    : TypeDefinition(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
}

namespace Appraisal.GraphQL.Language;

/// <summary>
/// <c>extend input</c>: adds directives and/or fields.
/// <code>
/// InputObjectTypeExtension :
///   - extend input Name Directives[Const]? InputFieldsDefinition
///   - extend input Name Directives[Const] [lookahead != `{`]
/// </code>
/// </summary>
public sealed record InputObjectTypeExtension(
    Location Location,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<InputValueDefinition> Fields)
    : TypeExtension(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
}

namespace Appraisal.GraphQL.Language;

/// <summary>
/// An object type, possibly implementing interfaces.
/// <code>
/// ObjectTypeDefinition :
///   - Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
///   - Description? type Name ImplementsInterfaces? Directives[Const]? [lookahead != `{`]
/// </code>
/// </summary>
public sealed record ObjectTypeDefinition(
    Location Location,
    StringValue? Description,
    Name Name,
    IReadOnlyList<NamedType> Interfaces,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields)
    : TypeDefinition(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
}

namespace Appraisal.GraphQL.Language;

/// <summary>
/// An interface type, possibly implementing other interfaces.
/// <code>
/// InterfaceTypeDefinition :
///   - Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
///   - Description? interface Name ImplementsInterfaces? Directives[Const]? [lookahead != `{`]
/// </code>
/// </summary>
public sealed record InterfaceTypeDefinition(
    Location Location,
    StringValue? Description,
    Name Name,
    IReadOnlyList<NamedType> Interfaces,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields)
    : TypeDefinition(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
}

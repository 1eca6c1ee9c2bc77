namespace Appraisal.GraphQL.Language;

/// <summary>
/// <c>extend interface</c>: adds interfaces, directives and/or fields.
/// <code>
/// InterfaceTypeExtension :
///   - extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
///   - extend interface Name ImplementsInterfaces? Directives[Const] [lookahead != `{`]
///   - extend interface Name ImplementsInterfaces [lookahead != `{`]
/// </code>
/// </summary>
public sealed record InterfaceTypeExtension(
    Location Location,
    Name Name,
    IReadOnlyList<NamedType> Interfaces,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields)
    : TypeExtension(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
}

namespace Appraisal.GraphQL.Language;

/// <summary>
/// <c>extend type</c>: adds interfaces, directives and/or fields.
/// <code>
/// ObjectTypeExtension :
///   - extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
///   - extend type Name ImplementsInterfaces? Directives[Const] [lookahead != `{`]
///   - extend type Name ImplementsInterfaces [lookahead != `{`]
/// </code>
/// </summary>
public sealed record ObjectTypeExtension(
    Location Location,
    Name Name,
    IReadOnlyList<NamedType> Interfaces,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<FieldDefinition> Fields)
    : TypeExtension(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
}

namespace Appraisal.GraphQL.Language;

/// <summary>
/// <c>extend enum</c>: adds directives and/or values.
/// <code>
/// EnumTypeExtension :
///   - extend enum Name Directives[Const]? EnumValuesDefinition
///   - extend enum Name Directives[Const] [lookahead != `{`]
/// </code>
/// </summary>
public sealed record EnumTypeExtension(
    Location Location,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<EnumValueDefinition> Values)
    : TypeExtension(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
}

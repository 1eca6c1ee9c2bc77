namespace Appraisal.GraphQL.Language;

/// <summary>
/// An enum type and its values.
/// <code>
/// EnumTypeDefinition :
///   - Description? enum Name Directives[Const]? EnumValuesDefinition
///   - Description? enum Name Directives[Const]? [lookahead != `{`]
/// </code>
/// </summary>
public sealed record EnumTypeDefinition(
    Location Location,
    StringValue? Description,
    Name Name,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<EnumValueDefinition> Values)
    : TypeDefinition(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
}

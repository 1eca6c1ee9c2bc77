namespace Appraisal.GraphQL.Language;

/// <summary>
/// The <c>schema { ... }</c> definition naming the root operation types.
/// <code>
/// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
/// </code>
/// </summary>
public sealed record SchemaDefinition(
    Location Location,
    StringValue? Description,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<OperationTypeDefinition> OperationTypes)
    : TypeSystemDefinition(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
}

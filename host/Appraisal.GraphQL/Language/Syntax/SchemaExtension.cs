namespace Appraisal.GraphQL.Language;

/// <summary>
/// <c>extend schema</c>: adds directives and/or root operation types.
/// <code>
/// SchemaExtension :
///   - extend schema Directives[Const]? { RootOperationTypeDefinition+ }
///   - extend schema Directives[Const] [lookahead != `{`]
/// </code>
/// </summary>
public sealed record SchemaExtension(
    Location Location,
    IReadOnlyList<Directive> Directives,
    IReadOnlyList<OperationTypeDefinition> OperationTypes)
    : TypeSystemExtension(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
}

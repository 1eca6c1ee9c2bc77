namespace Appraisal.GraphQL.Language;

/// <summary>
/// One root operation type of a schema definition or extension, <c>query: Query</c>.
/// <code>
/// RootOperationTypeDefinition : OperationType : NamedType
/// </code>
/// </summary>
public sealed record OperationTypeDefinition(
    Location Location,
    OperationType Operation,
    NamedType Type)
    : SyntaxNode(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
}

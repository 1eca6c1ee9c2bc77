namespace Appraisal.GraphQL.Language;

/// <summary>
/// A query, mutation or subscription. The shorthand form <c>{ ... }</c> is a query with no name, variables, directives or description.
/// <code>
/// OperationDefinition :
///   - Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
///   - SelectionSet
/// </code>
/// </summary>
public sealed record OperationDefinition(
    Location Location,
    StringValue? Description,
    OperationType Operation,
    Name? Name,
    IReadOnlyList<VariableDefinition> VariableDefinitions,
    IReadOnlyList<Directive> Directives,
    SelectionSet SelectionSet)
    : ExecutableDefinition(Location)
{
    /// <inheritdoc/>
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
}

namespace Appraisal.GraphQL.Types;

/// <summary>A directive the schema knows. https://spec.graphql.org/September2025/#sec-Type-System.Directives</summary>
public sealed record DirectiveDefinition(
    string Name,
    IReadOnlyList<DirectiveLocation> Locations,
    IReadOnlyList<InputValueDefinition>? Arguments = null,
    string? Description = null,
    bool IsRepeatable = false)
{
    public IReadOnlyList<InputValueDefinition> Arguments { get; init; } = Arguments ?? [];
}

namespace Appraisal.GraphQL;

/// <summary>
/// The parameters of a GraphQL request, however they arrived (GraphQL-over-HTTP §"Request Parameters").
/// </summary>
/// <param name="Query">The document text; null when a persisted query is named by its hash instead.</param>
/// <param name="OperationName">The operation to run, or null when the document has one.</param>
/// <param name="Variables">Variable values, JSON-shaped.</param>
/// <param name="Extensions">Request extensions, JSON-shaped (e.g. <c>persistedQuery</c>).</param>
public sealed record GraphQLRequest(
    string? Query,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    IReadOnlyDictionary<string, object?>? Extensions = null);

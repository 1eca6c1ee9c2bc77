namespace Appraisal.GraphQL.Errors;

/// <summary>
/// An error as the response shows it: a message, where in the document, where in the response, and a code.
/// https://spec.graphql.org/September2025/#sec-Errors
/// </summary>
/// <param name="Message">For the client; never a stack trace.</param>
/// <param name="Locations">1-based line/column positions in the document, or empty.</param>
/// <param name="Path">Response keys (string) and list indices (int) to the field that failed; null for request errors.</param>
/// <param name="Extensions">Extra data; <c>code</c> by convention (e.g. <c>GRAPHQL_VALIDATION_FAILED</c>).</param>
public sealed record GraphQLError(
    string Message,
    IReadOnlyList<ErrorLocation>? Locations = null,
    IReadOnlyList<object>? Path = null,
    IReadOnlyDictionary<string, object?>? Extensions = null)
{
    public IReadOnlyList<ErrorLocation> Locations { get; init; } = Locations ?? [];

    /// <summary>The <c>extensions.code</c>, or null.</summary>
    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var code) ? code as string : null;
}

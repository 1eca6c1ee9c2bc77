using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Execution;

/// <summary>What to execute: a validated document against a schema, with the caller's inputs.</summary>
/// <param name="Schema">The schema to execute against.</param>
/// <param name="Document">A document the caller has already validated against <paramref name="Schema"/>.</param>
/// <param name="OperationName">The operation to run; may be null when the document has exactly one.</param>
/// <param name="Variables">Raw variable values, JSON-shaped (see <see cref="JsonVariables"/> for a <c>JsonElement</c>).</param>
/// <param name="RootValue">The source of the root fields.</param>
/// <param name="Services">Passed to resolvers as <see cref="FieldContext.Services"/>.</param>
/// <param name="CancellationToken">Cancelling it aborts execution with <see cref="OperationCanceledException"/>.</param>
public sealed record ExecutionRequest(
    Schema Schema,
    Document Document,
    string? OperationName = null,
    IReadOnlyDictionary<string, object?>? Variables = null,
    object? RootValue = null,
    IServiceProvider? Services = null,
    CancellationToken CancellationToken = default);

using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Execution;

/// <summary>The state of one request while it executes: inputs, cancellation, and the errors raised so far.</summary>
internal sealed class ExecutionContext(
    ExecutionCache cache,
    OperationPlan plan,
    IReadOnlyDictionary<string, object?> variables,
    ExecutionRequest request,
    ExecutionOptions options,
    CancellationToken cancellationToken)
{
    private readonly List<GraphQLError> _errors = [];
    private bool _limitReported;

    public Schema Schema => Cache.Schema;

    public ExecutionCache Cache { get; } = cache;

    public OperationPlan Plan { get; } = plan;

    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

    public ExecutionRequest Request { get; } = request;

    public ExecutionOptions Options { get; } = options;

    /// <summary>The request's token, linked with the timeout when there is one; what resolvers observe.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Errors in the order they were raised (async resolvers report when they finish).</summary>
    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (_errors)
            {
                return _errors.Count == 0 ? [] : [.. _errors];
            }
        }
    }

    /// <summary>Records an error, up to <see cref="ExecutionOptions.MaxErrors"/>; then one error says more were dropped.</summary>
    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
            if (_errors.Count < Options.MaxErrors)
            {
                _errors.Add(error);
            }
            else if (!_limitReported)
            {
                _limitReported = true;
                _errors.Add(new GraphQLError(
                    "Too many errors: the remaining errors were not reported.",
                    Extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.LimitExceeded }));
            }
        }
    }
}

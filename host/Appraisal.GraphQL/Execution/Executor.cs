using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// Executes validated operations (spec §6 "Execution"), producing the same responses as graphql-js. Thread-safe:
/// one instance serves every request. Per-operation work that does not depend on variables is planned once and
/// cached with the schema (<see cref="ExecutionCache"/>).
/// https://spec.graphql.org/September2025/#sec-Execution
/// </summary>
public sealed partial class Executor(ExecutionOptions? options = null)
{
    /// <summary>"Null here, and propagate": a null at a non-null position, already reported, travelling to the nearest nullable parent.</summary>
    private static readonly object Bubble = new();

    public ExecutionOptions Options { get; } = options ?? ExecutionOptions.Default;

    /// <summary>Implements ExecuteRequest() from the spec section "Executing Requests" (§6.1). Queries and mutations only.</summary>
    /// <exception cref="OperationCanceledException">The request's cancellation token was cancelled.</exception>
    public async Task<ExecutionResult> ExecuteAsync(ExecutionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cache = ExecutionCache.For(request.Schema);
        var plan = cache.GetPlan(request.Document, request.OperationName, out var operationError);
        if (plan is null)
        {
            return ExecutionResult.FromRequestErrors([new GraphQLError(operationError!)]);
        }

        if (plan.Operation.Operation == OperationType.Subscription)
        {
            return ExecutionResult.FromRequestErrors([new GraphQLError("Subscriptions are not supported.", [ErrorLocation.Of(plan.Operation)])]);
        }

        if (plan.RootType is null)
        {
            var kind = plan.Operation.Operation.ToString().ToLowerInvariant();
            return ExecutionResult.FromRequestErrors([new GraphQLError($"Schema is not configured to execute {kind} operation.", [ErrorLocation.Of(plan.Operation)])]);
        }

        var variables = VariableCoercion.CoerceVariableValues(plan, request.Variables, Options.MaxErrors, out var variableErrors);
        if (variables is null)
        {
            return ExecutionResult.FromRequestErrors(variableErrors!);
        }

        using var timeout = Options.Timeout is { } limit ? CancellationTokenSource.CreateLinkedTokenSource(request.CancellationToken) : null;
        timeout?.CancelAfter(Options.Timeout!.Value);
        var context = new ExecutionContext(cache, plan, variables, request, Options, timeout?.Token ?? request.CancellationToken);
        var data = plan.Operation.Operation == OperationType.Mutation
            ? await ExecuteMutation(context).ConfigureAwait(false)
            : await ExecuteQuery(context).ConfigureAwait(false);
        request.CancellationToken.ThrowIfCancellationRequested();
        return ExecutionResult.FromData(data, context.Errors);
    }

    /// <summary>Implements ExecuteQuery() (§6.2.1): the root selection set, fields in parallel.</summary>
    private static async ValueTask<ResultMap?> ExecuteQuery(ExecutionContext context)
    {
        var selection = context.Plan.GetRootSelection(context.Variables);
        var data = await ExecuteSelectionSet(context, selection, context.Plan.RootType!, context.Request.RootValue, null).ConfigureAwait(false);
        return data as ResultMap;
    }

    /// <summary>Implements ExecuteMutation() (§6.2.2): the root selection set, fields one after another.</summary>
    private static async ValueTask<ResultMap?> ExecuteMutation(ExecutionContext context)
    {
        var selection = context.Plan.GetRootSelection(context.Variables);
        var data = await ExecuteSelectionSetSerially(context, selection, context.Plan.RootType!, context.Request.RootValue).ConfigureAwait(false);
        return data as ResultMap;
    }
}

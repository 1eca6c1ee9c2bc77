using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// Per-schema state the executor reuses across requests: operation plans by document and operation name, and
/// property getters for fields without resolvers. Attached to the schema weakly, so a replaced schema (and the
/// plugin types it references) can be collected.
/// </summary>
internal sealed class ExecutionCache
{
    private static readonly ConditionalWeakTable<Schema, ExecutionCache> Caches = [];

    private readonly ConditionalWeakTable<Document, ConcurrentDictionary<string, OperationPlan>> _plans = [];

    private ExecutionCache(Schema schema) => Schema = schema;

    public Schema Schema { get; }

    public DefaultFieldResolver DefaultResolver { get; } = new();

    public static ExecutionCache For(Schema schema) => Caches.GetValue(schema, static s => new ExecutionCache(s));

    /// <summary>The plan of the operation, or null with a request error message when there is no such operation.</summary>
    public OperationPlan? GetPlan(Document document, string? operationName, out string? error)
    {
        error = null;
        var plans = _plans.GetValue(document, static _ => new ConcurrentDictionary<string, OperationPlan>(StringComparer.Ordinal));
        if (plans.TryGetValue(operationName ?? "", out var plan))
        {
            return plan;
        }

        var operation = GetOperation(document, operationName, out error);
        if (operation is null)
        {
            return null;
        }

        plan = new OperationPlan(Schema, document, operation);
        return plans.GetOrAdd(operationName ?? "", plan);
    }

    /// <summary>Implements GetOperation() from the spec section "Executing Requests" (§6.1).</summary>
    private static OperationDefinition? GetOperation(Document document, string? operationName, out string? error)
    {
        error = null;
        OperationDefinition? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinition operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    error = "Must provide operation name if query contains multiple operations.";
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        if (found is null)
        {
            error = operationName is null ? "Must provide an operation." : $"Unknown operation named \"{operationName}\".";
        }

        return found;
    }
}

using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Execution;

public sealed partial class Executor
{
    /// <summary>
    /// Implements ExecuteSelectionSet() with normal (parallel-allowed) execution (§6.3, §6.4): every field starts
    /// before any is awaited; fields that finish synchronously are stored at once, without tasks. Returns the
    /// <see cref="ResultMap"/>, or <see cref="Bubble"/> when a non-null field failed (later fields then do not start,
    /// as in graphql-js).
    /// </summary>
    private static ValueTask<object?> ExecuteSelectionSet(
        ExecutionContext context, SelectionPlan plan, ObjectType objectType, object? source, ResponsePath? path)
    {
        var result = new ResultMap(plan.Keys);
        List<(int Index, ValueTask<object?> Task)>? pending = null;
        var fields = plan.Fields;
        var bubbled = false;
        for (var i = 0; i < fields.Length; i++)
        {
            var field = ExecuteField(context, fields[i], objectType, source, path);
            if (!field.IsCompleted)
            {
                (pending ??= []).Add((i, field));
                continue;
            }

            var value = field.Result;
            if (value == Bubble)
            {
                bubbled = true;
                break;
            }

            result.Set(i, value);
        }

        if (pending is null)
        {
            return new ValueTask<object?>(bubbled ? Bubble : result);
        }

        return AwaitPendingFields(result, pending, bubbled);
    }

    private static async ValueTask<object?> AwaitPendingFields(ResultMap result, List<(int Index, ValueTask<object?> Task)> pending, bool bubbled)
    {
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (value == Bubble)
            {
                bubbled = true;
            }
            else
            {
                result.Set(index, value);
            }
        }

        return bubbled ? Bubble : result;
    }

    /// <summary>Implements serial execution (§6.3.1 "Serial Execution"): each field finishes before the next starts.</summary>
    private static async ValueTask<object?> ExecuteSelectionSetSerially(
        ExecutionContext context, SelectionPlan plan, ObjectType objectType, object? source)
    {
        var result = new ResultMap(plan.Keys);
        for (var i = 0; i < plan.Fields.Length; i++)
        {
            var value = await ExecuteField(context, plan.Fields[i], objectType, source, null).ConfigureAwait(false);
            if (value == Bubble)
            {
                return Bubble;
            }

            result.Set(i, value);
        }

        return result;
    }

    /// <summary>
    /// Implements ExecuteField() (§6.4): CoerceArgumentValues(), ResolveFieldValue(), CompleteValue(). A failure
    /// becomes one field error here; the field is then null, or <see cref="Bubble"/> when its type is non-null.
    /// </summary>
    private static async ValueTask<object?> ExecuteField(
        ExecutionContext context, FieldPlan field, ObjectType objectType, object? source, ResponsePath? parentPath)
    {
        if (field.IsTypeName)
        {
            return objectType.Name;
        }

        var definition = field.Definition!;
        var path = new ResponsePath(parentPath, field.ResponseKey);
        object? completed;
        try
        {
            var arguments = definition.Arguments.Count == 0
                ? ArgumentCoercion.NoArguments
                : field.GetArguments(context.Variables, out var argumentError) ?? throw new FieldFailure(argumentError!);
            object? resolved;
            if (definition.Resolver is null)
            {
                resolved = context.Cache.DefaultResolver.Resolve(source, definition.Name);
            }
            else
            {
                var fieldContext = new FieldContext(source, arguments, definition, objectType, context.Schema, context.Request.Services, context.CancellationToken);
                var resolving = definition.Resolver(fieldContext);
                resolved = resolving.IsCompletedSuccessfully ? resolving.Result : await resolving.ConfigureAwait(false);
            }

            var completing = CompleteValue(context, definition.Type, field, resolved, path);
            completed = completing.IsCompletedSuccessfully ? completing.Result : await completing.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsAbort(context, exception))
        {
            context.AddError(FieldErrors.FromException(exception, field, path, context));
            completed = Bubble;
        }

        return completed == Bubble && definition.Type is not NonNullGraphType ? null : completed;
    }

    /// <summary>True when the request itself was cancelled: execution stops instead of reporting a field error.</summary>
    private static bool IsAbort(ExecutionContext context, Exception exception) =>
        exception is OperationCanceledException && context.Request.CancellationToken.IsCancellationRequested;
}

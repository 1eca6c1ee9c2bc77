using System.Collections;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Execution;

public sealed partial class Executor
{
    /// <summary>
    /// Implements CompleteValue() from the spec section "Value Completion" (§6.4.3): non-null checks, lists, leaf
    /// serialization, abstract type resolution and sub-selections. Returns the completed value, or
    /// <see cref="Bubble"/> when a non-null position inside is null (the error already reported). Throws for a
    /// failure at this position; the caller reports it.
    /// </summary>
    private static ValueTask<object?> CompleteValue(ExecutionContext context, GraphType type, FieldPlan field, object? value, ResponsePath path)
    {
        if (type is NonNullGraphType nonNull)
        {
            var inner = CompleteValue(context, nonNull.OfType, field, value, path);
            return inner.IsCompletedSuccessfully ? new(CheckNonNull(context, inner.Result, field, path)) : AwaitNonNull(context, inner, field, path);
        }

        if (value is null)
        {
            return new((object?)null);
        }

        return type switch
        {
            ScalarType scalar => new(scalar.Serialize(value)),
            EnumType enumType => new(SerializeEnum(enumType, value)),
            ListGraphType list => CompleteListValue(context, list, field, value, path),
            ObjectType objectType => CompleteObjectValue(context, objectType, field, value, path),
            _ => CompleteAbstractValue(context, type, field, value, path),
        };
    }

    /// <summary>Result coercion of an enum: the name of an internal value (graphql-js's message when there is none).</summary>
    private static string SerializeEnum(EnumType type, object value)
    {
        try
        {
            return type.Serialize(value);
        }
        catch (CoercionException)
        {
            throw new FieldFailure($"Enum \"{type.Name}\" cannot represent value: {JsInspect.Inspect(value)}");
        }
    }

    private static object? CheckNonNull(ExecutionContext context, object? completed, FieldPlan field, ResponsePath path)
    {
        if (completed is null)
        {
            context.AddError(FieldErrors.Located($"Cannot return null for non-nullable field {field.Coordinate}.", field, path));
            return Bubble;
        }

        return completed;
    }

    private static async ValueTask<object?> AwaitNonNull(ExecutionContext context, ValueTask<object?> inner, FieldPlan field, ResponsePath path) =>
        CheckNonNull(context, await inner.ConfigureAwait(false), field, path);

    /// <summary>CompleteValue() for a list (§6.4.3): each item completed in order; a non-null item that fails nulls the whole list.</summary>
    private static async ValueTask<object?> CompleteListValue(ExecutionContext context, ListGraphType type, FieldPlan field, object value, ResponsePath path)
    {
        IEnumerable items;
        if (value is IAsyncEnumerable<object?> asyncItems)
        {
            var collected = new List<object?>();
            await foreach (var item in asyncItems.WithCancellation(context.CancellationToken).ConfigureAwait(false))
            {
                collected.Add(item);
            }

            items = collected;
        }
        else if (value is IEnumerable enumerable and not string and not IReadOnlyDictionary<string, object?>)
        {
            items = enumerable;
        }
        else
        {
            throw new FieldFailure($"Expected Iterable, but did not find one for field \"{field.Coordinate}\".");
        }

        var itemType = type.OfType;
        var completed = value is ICollection collection ? new List<object?>(collection.Count) : [];
        var index = 0;
        foreach (var item in items)
        {
            var itemPath = new ResponsePath(path, index++);
            object? itemValue;
            try
            {
                var completing = CompleteValue(context, itemType, field, item, itemPath);
                itemValue = completing.IsCompletedSuccessfully ? completing.Result : await completing.ConfigureAwait(false);
            }
            catch (Exception exception) when (!IsAbort(context, exception))
            {
                context.AddError(FieldErrors.FromException(exception, field, itemPath, context));
                itemValue = Bubble;
            }

            if (itemValue == Bubble)
            {
                if (itemType is NonNullGraphType)
                {
                    return Bubble;
                }

                itemValue = null;
            }

            completed.Add(itemValue);
        }

        return completed.ToArray();
    }

    /// <summary>CompleteValue() for an object type: checks IsTypeOf when given, then executes the sub-selection.</summary>
    private static ValueTask<object?> CompleteObjectValue(ExecutionContext context, ObjectType type, FieldPlan field, object value, ResponsePath path)
    {
        if (type.IsTypeOf is { } isTypeOf && !isTypeOf(value))
        {
            throw new FieldFailure($"Expected value of type \"{type.Name}\" but got: {JsInspect.Inspect(value)}.");
        }

        var plan = field.GetSubPlan(type, context.Variables);
        return ExecuteSelectionSet(context, plan, type, value, path);
    }

    /// <summary>CompleteValue() for an interface or union: ResolveAbstractType(), then the object type's completion.</summary>
    private static ValueTask<object?> CompleteAbstractValue(ExecutionContext context, GraphType type, FieldPlan field, object value, ResponsePath path)
    {
        var runtimeType = ResolveAbstractType(context.Schema, (NamedGraphType)type, field, value);
        var plan = field.GetSubPlan(runtimeType, context.Variables);
        return ExecuteSelectionSet(context, plan, runtimeType, value, path);
    }

    /// <summary>
    /// Implements ResolveAbstractType() (§6.4.3): the type's resolver names the object type; without one, a
    /// <c>__typename</c> entry of a dictionary value, then the first possible type whose IsTypeOf accepts the value.
    /// </summary>
    private static ObjectType ResolveAbstractType(Schema schema, NamedGraphType abstractType, FieldPlan field, object value)
    {
        var resolveType = abstractType switch
        {
            InterfaceType i => i.ResolveType,
            UnionType u => u.ResolveType,
            _ => null,
        };
        string? typeName;
        if (resolveType is not null)
        {
            typeName = resolveType(value);
        }
        else if (value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var named) && named is string name)
        {
            typeName = name;
        }
        else
        {
            typeName = null;
            foreach (var possible in schema.GetPossibleTypes(abstractType))
            {
                if (possible.IsTypeOf?.Invoke(value) == true)
                {
                    return possible;
                }
            }
        }

        if (typeName is null)
        {
            throw new FieldFailure(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{field.Coordinate}\". "
                + $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        return schema.FindType(typeName) switch
        {
            null => throw new FieldFailure($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{typeName}\" that does not exist inside the schema."),
            ObjectType objectType when schema.IsSubType(abstractType, objectType) => objectType,
            ObjectType objectType => throw new FieldFailure($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\"."),
            _ => throw new FieldFailure($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{typeName}\"."),
        };
    }
}

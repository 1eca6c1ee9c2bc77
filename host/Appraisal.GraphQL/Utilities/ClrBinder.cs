using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Appraisal.GraphQL.Types;

namespace Appraisal.GraphQL.Utilities;

/// <summary>
/// Resolvers that read CLR objects: a dictionary key or a public property per field, and the values of
/// <see cref="Task{TResult}"/> and <see cref="ValueTask{TResult}"/> results. Property getters are compiled once per
/// CLR type and kept here, one binder per schema build, never in a static: types from a plugin's assembly
/// must be collectable together with the schema that uses them.
/// </summary>
internal sealed class ClrBinder
{
    private readonly ConcurrentDictionary<Type, IReadOnlyDictionary<string, Func<object, object?>>> _getters = new();
    private readonly ConcurrentDictionary<Type, Func<object, Task<object?>>?> _awaiters = new();

    /// <summary>The resolver of a field nothing else binds: a dictionary entry or a property of the source.</summary>
    public FieldResolver DefaultResolver(string fieldName) => context =>
    {
        var value = context.Source switch
        {
            null => null,
            IReadOnlyDictionary<string, object?> map => map.GetValueOrDefault(fieldName),
            IDictionary<string, object?> map => map.TryGetValue(fieldName, out var entry) ? entry : null,
            IDictionary map => map.Contains(fieldName) ? map[fieldName] : null,
            var source => GettersOf(source.GetType()).TryGetValue(fieldName, out var getter) ? getter(source) : null,
        };
        return Unwrap(value);
    };

    /// <summary>A resolver from a function whose result may be a task of the value.</summary>
    public FieldResolver FromFunction<TResult>(Func<FieldContext, TResult> resolve) => context => Unwrap(resolve(context));

    /// <summary>The getter of the property a field name stands for on a CLR type, or null.</summary>
    public Func<object, object?>? FindGetter(Type type, string fieldName) => GettersOf(type).GetValueOrDefault(fieldName);

    /// <summary>Resolver that reads a property found with <see cref="FindGetter"/>.</summary>
    public FieldResolver PropertyResolver(Func<object, object?> getter) =>
        context => context.Source is null ? ValueTask.FromResult<object?>(null) : Unwrap(getter(context.Source));

    /// <summary>camelCase, as GraphQL names CLR members: <c>CampaignId</c> → <c>campaignId</c>, <c>ID</c> → <c>id</c>,
    /// <c>URLPath</c> → <c>urlPath</c>.</summary>
    public static string CamelCase(string name)
    {
        var upper = 0;
        while (upper < name.Length && char.IsUpper(name[upper]))
        {
            upper++;
        }

        var lower = upper switch
        {
            0 => 0,
            1 => 1,
            _ when upper == name.Length => upper,
            _ => upper - 1,
        };
        return name[..lower].ToLowerInvariant() + name[lower..];
    }

    /// <summary>A value, or the result of the task it is once that task completes.</summary>
    public ValueTask<object?> Unwrap(object? value)
    {
        if (value is null)
        {
            return ValueTask.FromResult<object?>(null);
        }

        var awaiter = _awaiters.GetOrAdd(value.GetType(), CreateAwaiter);
        return awaiter is null ? ValueTask.FromResult<object?>(value) : new ValueTask<object?>(awaiter(value));
    }

    private IReadOnlyDictionary<string, Func<object, object?>> GettersOf(Type type) => _getters.GetOrAdd(type, CreateGetters);

    private static Dictionary<string, Func<object, object?>> CreateGetters(Type type)
    {
        var getters = new Dictionary<string, Func<object, object?>>(StringComparer.Ordinal);
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0)
            {
                var getter = Compile(type, property);
                getters.TryAdd(CamelCase(property.Name), getter);
                getters.TryAdd(property.Name, getter);
            }
        }

        return getters;
    }

    /// <summary><c>source => (object)((T)source).Property</c></summary>
    private static Func<object, object?> Compile(Type type, PropertyInfo property)
    {
        var source = Expression.Parameter(typeof(object), "source");
        var read = Expression.Property(Expression.Convert(source, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), source).Compile();
    }

    /// <summary>For task types, a function awaiting one and returning its result; null for other types.</summary>
    private static Func<object, Task<object?>>? CreateAwaiter(Type type)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var asTask = type.GetMethod(nameof(ValueTask<int>.AsTask))!;
            var readResult = ResultReader(asTask.ReturnType);
            return value => Await((Task)asTask.Invoke(value, null)!, readResult);
        }

        if (type == typeof(ValueTask))
        {
            return value => Await(((ValueTask)value).AsTask(), null);
        }

        if (typeof(Task).IsAssignableFrom(type))
        {
            var readResult = ResultReader(type);
            return value => Await((Task)value, readResult);
        }

        return null;
    }

    /// <summary>Reads <c>Task&lt;T&gt;.Result</c> of a completed task, or null for a task without a result.</summary>
    private static Func<object, object?>? ResultReader(Type taskType)
    {
        for (var type = taskType; type is not null && type != typeof(Task); type = type.BaseType)
        {
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>))
            {
                // Async methods without a result complete a Task<VoidTaskResult>; that result means nothing.
                return type.GetGenericArguments()[0].Name == "VoidTaskResult" ? null : Compile(type, type.GetProperty(nameof(Task<int>.Result))!);
            }
        }

        return null;
    }

    private static async Task<object?> Await(Task task, Func<object, object?>? readResult)
    {
        await task.ConfigureAwait(false);
        return readResult?.Invoke(task);
    }
}

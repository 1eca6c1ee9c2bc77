using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// What a field without a resolver returns: the source's dictionary entry of the field's name, or else its public
/// property of the same name in PascalCase (then as written). Compiled getters are cached per schema (see
/// <see cref="ExecutionCache"/>), so plugin types are not kept alive by a static cache.
/// </summary>
internal sealed class DefaultFieldResolver
{
    private readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> _getters = new();

    public object? Resolve(object? source, string fieldName)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var value) ? value : null;
            default:
                var getter = _getters.GetOrAdd((source.GetType(), fieldName), static key => CreateGetter(key.Type, key.Name));
                return getter?.Invoke(source);
        }
    }

    private static Func<object, object?>? CreateGetter(Type type, string fieldName)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        var pascal = char.ToUpperInvariant(fieldName[0]) + fieldName[1..];
        var property = type.GetProperty(pascal, Flags) ?? type.GetProperty(fieldName, Flags);
        if (property is null || property.GetIndexParameters().Length > 0 || property.GetMethod is null)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "source");
        var read = Expression.Property(Expression.Convert(instance, type), property);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }
}

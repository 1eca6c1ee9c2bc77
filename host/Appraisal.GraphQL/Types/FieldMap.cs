namespace Appraisal.GraphQL.Types;

/// <summary>An ordered, read-only map by name: fields, arguments, enum values, input fields keep definition order.</summary>
internal sealed class FieldMap<T> : OrderedDictionary<string, T>
{
    private FieldMap()
        : base(StringComparer.Ordinal)
    {
    }

    public static FieldMap<T> From(IEnumerable<T> items, Func<T, string> nameOf, string owner)
    {
        var map = new FieldMap<T>();
        foreach (var item in items)
        {
            if (!map.TryAdd(nameOf(item), item))
            {
                throw new SchemaException($"{owner} defines \"{nameOf(item)}\" more than once.");
            }
        }

        return map;
    }
}

using System.Buffers;

namespace Appraisal.GraphQL.Language;

/// <summary>
/// Collects the children of a node in a pooled buffer and hands them out as an exactly sized array,
/// so parsing a list costs one allocation.
/// </summary>
internal struct ArrayBuilder<T>
{
    private T[]? _items;
    private int _count;

    public void Add(T item)
    {
        if (_items is null)
        {
            _items = ArrayPool<T>.Shared.Rent(8);
        }
        else if (_count == _items.Length)
        {
            var larger = ArrayPool<T>.Shared.Rent(_items.Length * 2);
            _items.AsSpan().CopyTo(larger);
            ArrayPool<T>.Shared.Return(_items, clearArray: true);
            _items = larger;
        }

        _items[_count++] = item;
    }

    /// <summary>The collected items; the builder is empty afterwards.</summary>
    public T[] ToArray()
    {
        if (_items is null)
        {
            return [];
        }

        var result = _items.AsSpan(0, _count).ToArray();
        ArrayPool<T>.Shared.Return(_items, clearArray: true);
        _items = null;
        _count = 0;
        return result;
    }
}

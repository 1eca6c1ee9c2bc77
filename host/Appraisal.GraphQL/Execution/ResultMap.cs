namespace Appraisal.GraphQL.Execution;

/// <summary>
/// One object of the response: response keys in selection order with their completed values. Values are
/// null, JSON-shaped leaves (string, bool, int, long, double), nested <see cref="ResultMap"/>s, or
/// <c>object?[]</c> lists. The keys array is shared by every object completed from the same selection.
/// </summary>
public sealed class ResultMap
{
    private readonly string[] _keys;
    private readonly object?[] _values;

    internal ResultMap(string[] keys)
    {
        _keys = keys;
        _values = new object?[keys.Length];
    }

    /// <summary>How many entries.</summary>
    public int Count => _keys.Length;

    /// <summary>The response key at a position.</summary>
    public string KeyAt(int index) => _keys[index];

    /// <summary>The value at a position.</summary>
    public object? ValueAt(int index) => _values[index];

    /// <summary>The value of a response key (throws when absent); meant for tests and diagnostics.</summary>
    public object? this[string key] => _values[Array.IndexOf(_keys, key) is var i and >= 0 ? i : throw new KeyNotFoundException(key)];

    internal void Set(int index, object? value) => _values[index] = value;
}

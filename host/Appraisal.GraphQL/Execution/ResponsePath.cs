namespace Appraisal.GraphQL.Execution;

/// <summary>A position in the response: a linked list from the leaf back to the root, built as execution descends.</summary>
internal sealed class ResponsePath(ResponsePath? parent, object key)
{
    public ResponsePath? Parent { get; } = parent;

    /// <summary>A response key (string) or a list index (int).</summary>
    public object Key { get; } = key;

    /// <summary>Root-to-leaf keys, as the error's <c>path</c> shows them.</summary>
    public IReadOnlyList<object> ToList()
    {
        var count = 0;
        for (var p = this; p is not null; p = p.Parent)
        {
            count++;
        }

        var keys = new object[count];
        for (var p = this; p is not null; p = p.Parent)
        {
            keys[--count] = p.Key;
        }

        return keys;
    }
}

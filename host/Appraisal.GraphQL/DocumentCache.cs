using System.Collections.Concurrent;

namespace Appraisal.GraphQL;

/// <summary>
/// Parsed and validated documents by (schema, text). A verdict belongs to the schema it was
/// reached against, so a new schema (a plugin swapped in) starts with fresh entries and the old ones age out.
/// Bounded: when full it starts over, which is cheap and keeps hostile unique documents from growing memory.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    // Keyed by the text itself: a hit costs one string hash and compare, which is cheaper than hashing the text
    // with SHA-256 for every request. Holding the text costs less than the syntax tree held beside it.
    private readonly ConcurrentDictionary<(Guid Schema, string Query), PreparedDocument> _entries = new();

    public bool TryGet(Guid schema, string query, out PreparedDocument document) =>
        _entries.TryGetValue((schema, query), out document!);

    public void Add(Guid schema, string query, PreparedDocument document)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[(schema, query)] = document;
    }
}

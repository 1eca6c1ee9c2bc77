using System.Collections.Concurrent;

namespace Appraisal.GraphQL;

/// <summary>
/// Parsed and validated documents by (schema, SHA-256 of the text). A verdict belongs to the schema it was
/// reached against, so a new schema (a plugin swapped in) starts with fresh entries and the old ones age out.
/// Bounded: when full it starts over, which is cheap and keeps hostile unique documents from growing memory.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<(Guid Schema, string Hash), PreparedDocument> _entries = new();

    public bool TryGet(Guid schema, string hash, out PreparedDocument document) =>
        _entries.TryGetValue((schema, hash), out document!);

    public void Add(Guid schema, PreparedDocument document)
    {
        if (_entries.Count >= capacity)
        {
            _entries.Clear();
        }

        _entries[(schema, document.Hash)] = document;
    }
}

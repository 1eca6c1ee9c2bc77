using System.Collections.Concurrent;
using Appraisal.GraphQL;

namespace Appraisal.Host.Api;

/// <summary>
/// Automatic persisted queries (the protocol Apollo clients speak): a client first sends only
/// <c>extensions.persistedQuery.sha256Hash</c>; when the host does not know it, the client sends the query with
/// its hash once, and from then on the hash alone, which keeps GET URLs short and cacheable. The hash is the
/// SHA-256 the document cache already uses, so a known hash is also a cache hit. Bounded like that cache.
/// </summary>
public sealed class PersistedQueryStore(int capacity = 10_000)
{
    /// <summary>The message (and code) clients look for to send the full query.</summary>
    public const string NotFound = "PersistedQueryNotFound";

    private readonly ConcurrentDictionary<string, string> _queries = new(StringComparer.Ordinal);

    /// <summary>
    /// The query text a request stands for: its own text (remembered under its hash when it names one), or the
    /// text remembered for the hash it names. Null with a problem when the hash is unknown or does not match.
    /// </summary>
    public string? Resolve(GraphQLRequest request, out PersistedQueryProblem problem)
    {
        problem = PersistedQueryProblem.None;
        var hash = HashOf(request.Extensions);
        if (hash is null)
        {
            return request.Query;
        }

        if (request.Query is { } query)
        {
            if (!string.Equals(GraphQLService.HashOf(query), hash, StringComparison.OrdinalIgnoreCase))
            {
                problem = PersistedQueryProblem.HashMismatch;
                return null;
            }

            if (_queries.Count >= capacity)
            {
                _queries.Clear();
            }

            _queries[hash.ToLowerInvariant()] = query;
            return query;
        }

        if (_queries.TryGetValue(hash.ToLowerInvariant(), out var known))
        {
            return known;
        }

        problem = PersistedQueryProblem.NotFound;
        return null;
    }

    /// <summary>Whether request extensions name a persisted query (then the query text may be left out).</summary>
    public static bool IsNamedIn(IReadOnlyDictionary<string, object?>? extensions) => HashOf(extensions) is not null;

    private static string? HashOf(IReadOnlyDictionary<string, object?>? extensions) =>
        extensions is not null
        && extensions.TryGetValue("persistedQuery", out var persisted)
        && persisted is IReadOnlyDictionary<string, object?> fields
        && fields.TryGetValue("sha256Hash", out var hash)
            ? hash as string
            : null;
}

using Microsoft.Data.Sqlite;

namespace Appraisal.Core.Storage;

/// <summary>The tables of a SQLite database, parents before the tables whose foreign keys point at them.</summary>
public static class SqliteTables
{
    /// <exception cref="InvalidOperationException">The foreign keys form a cycle, so no order inserts parents first.</exception>
    public static async Task<IReadOnlyList<string>> InForeignKeyOrderAsync(
        SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken = default)
    {
        var parents = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            // sqlite_% are SQLite's own tables (sqlite_sequence, sqlite_stat1): the target has its own, or none.
            command.CommandText =
                """
                SELECT t.name, f."table"
                FROM sqlite_schema AS t LEFT JOIN pragma_foreign_key_list(t.name) AS f
                WHERE t.type = 'table' AND t.name NOT LIKE 'sqlite\_%' ESCAPE '\'
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var table = reader.GetString(0);
                var set = parents.TryGetValue(table, out var known) ? known : parents[table] = new SortedSet<string>(StringComparer.Ordinal);
                if (!reader.IsDBNull(1) && reader.GetString(1) != table)
                {
                    set.Add(reader.GetString(1));
                }
            }
        }

        var ordered = new List<string>(parents.Count);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        while (ordered.Count < parents.Count)
        {
            // Alphabetical among the ready ones, so the order (and the progress output) is the same on every run.
            var ready = parents.Keys.Where(t => !placed.Contains(t) && parents[t].All(p => placed.Contains(p) || !parents.ContainsKey(p))).ToList();
            if (ready.Count == 0)
            {
                throw new InvalidOperationException(
                    $"The foreign keys among {string.Join(", ", parents.Keys.Where(t => !placed.Contains(t)))} form a cycle.");
            }

            ordered.AddRange(ready);
            placed.UnionWith(ready);
        }

        return ordered;
    }
}

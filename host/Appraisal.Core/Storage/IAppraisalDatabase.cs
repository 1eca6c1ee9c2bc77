using System.Data.Common;

namespace Appraisal.Core.Storage;

/// <summary>
/// The storage every caller uses: reads on their own connections, writes through one writer that commits
/// concurrent writes together. SQLite is the default implementation; PostgreSQL can follow behind the same
/// interface. SQL stays with its callers (Dapper over <see cref="DbConnection"/>).
/// </summary>
public interface IAppraisalDatabase : IAsyncDisposable
{
    /// <summary><c>sqlite</c> or <c>postgres</c>; callers with dialect-specific SQL branch on it.</summary>
    string Provider { get; }

    /// <summary>Applies pending numbered migrations. Idempotent; called once at start.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs a read on a connection of its own (never the writer's).</summary>
    Task<T> ReadAsync<T>(Func<DbConnection, CancellationToken, Task<T>> read, CancellationToken cancellationToken = default);

    /// <summary>
    /// Queues a write. It runs inside the writer's transaction (isolated by a savepoint, so its failure
    /// affects no other write), and the returned task completes only after that transaction is durable.
    /// An exception thrown by <paramref name="write"/> rolls back its own changes and is rethrown to the caller.
    /// </summary>
    Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> write, CancellationToken cancellationToken = default);

    /// <summary>
    /// Rewrites the stored data so that nothing physical still reflects the order of earlier writes: where in a
    /// page a row landed, freed space, the write-ahead log. Run after a ballot box is sealed (DESIGN §6: the stored
    /// order of ballots must not follow the order of casting, not even for someone reading the file's bytes).
    /// </summary>
    Task ScrubAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether the database is reachable and migrated, for <c>/healthz</c>.</summary>
    Task<DatabaseStatus> GetStatusAsync(CancellationToken cancellationToken = default);
}

using System.Collections.Concurrent;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;

namespace Appraisal.Core.Storage;

/// <summary>
/// Runs a piece of background work (demo seeding, generating the admin key) on one host at a time. With SQLite there
/// is one host, so an in-process lock per name is enough; with PostgreSQL several hosts share the database, and the
/// lock is a session-level <c>pg_try_advisory_lock</c> held on a connection of its own for as long as the work runs.
/// A host that finds the lock taken waits for it, so work that checks "already done?" first (both users do) runs
/// exactly once and never half-way concurrently.
/// </summary>
/// <remarks>
/// Session-level advisory locks need a direct connection: behind PgBouncer in transaction mode the lock would be taken
/// on one server connection and released on another. Migrations take their own lock inside the migrator.
/// </remarks>
public sealed class ExclusiveWork(IAppraisalDatabase database)
{
    // How often a waiting PostgreSQL host asks for the lock again; the work it waits for takes seconds at most.
    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<string, SemaphoreSlim> _local = new(StringComparer.Ordinal);

    /// <summary>Waits until no other host (or caller here) runs work named <paramref name="name"/>, then runs <paramref name="work"/>.</summary>
    public async Task<T> RunAsync<T>(string name, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(work);

        // The in-process lock comes first on every backend: two callers in one host never both hold a database connection waiting.
        var gate = _local.GetOrAdd(name, static _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            return database.Provider == DatabaseOptions.Postgres
                ? await database.ReadAsync((connection, token) => HoldAdvisoryLockAsync(connection, LockKey(name), work, token), cancellationToken)
                : await work(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The advisory lock number of <paramref name="name"/>: the first eight bytes of its SHA-256, so it is the same on every host.</summary>
    internal static long LockKey(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("appraisal.exclusive:" + name)), 0);

    private static async Task<T> HoldAdvisoryLockAsync<T>(
        DbConnection connection, long key, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        // Polled rather than pg_advisory_lock, which would block the connection where cancellation cannot reach it.
        while (!await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
            "SELECT pg_try_advisory_lock(@key)", new { key }, cancellationToken: cancellationToken)))
        {
            await Task.Delay(RetryInterval, cancellationToken);
        }

        try
        {
            return await work(cancellationToken);
        }
        finally
        {
            // Not cancellable: the lock must go even when the work was cancelled (closing the connection would also release it).
            await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@key)", new { key }, cancellationToken: CancellationToken.None));
        }
    }
}

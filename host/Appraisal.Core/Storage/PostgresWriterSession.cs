using System.Data;
using System.Data.Common;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Appraisal.Core.Storage;

/// <summary>
/// A host's one PostgreSQL writer connection as <see cref="GroupCommitWriter"/> drives it: READ COMMITTED batches,
/// SQL savepoints, <c>synchronous_commit</c> forced on, and a new connection when the server dropped the old one.
/// </summary>
internal sealed class PostgresWriterSession(NpgsqlDataSource dataSource) : IWriterSession
{
    private const string SavepointName = "appraisal_write";

    private NpgsqlConnection? _connection;

    public async Task<DbConnection> ConnectAsync()
    {
        if (_connection is { State: ConnectionState.Open })
        {
            return _connection;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }

        var connection = await dataSource.OpenConnectionAsync();
        try
        {
            // A write is acknowledged only after COMMIT returns, and that must mean the commit is flushed to the
            // server's WAL: a server (or role, or database) configured with synchronous_commit=off would otherwise
            // acknowledge ballots a crash can still lose. Set on this session, it wins over every such default.
            await using var command = new NpgsqlCommand("SET synchronous_commit = on", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        _connection = connection;
        return connection;
    }

    // READ COMMITTED: each statement sees what other hosts committed before it started, and an UPDATE that meets a
    // row another transaction changed waits for it and re-checks its WHERE clause on the new version. Casting relies
    // on that (`state = 'unused'` is re-checked after a concurrent spend).
    public async Task<DbTransaction> BeginAsync() =>
        await Open().BeginTransactionAsync(IsolationLevel.ReadCommitted);

    public Task SavepointAsync(DbTransaction transaction) => RunAsync($"SAVEPOINT {SavepointName}", transaction);

    public Task ReleaseAsync(DbTransaction transaction) => RunAsync($"RELEASE SAVEPOINT {SavepointName}", transaction);

    public Task RollBackToSavepointAsync(DbTransaction transaction) => RunAsync($"ROLLBACK TO SAVEPOINT {SavepointName}", transaction);

    /// <summary>
    /// PostgreSQL never ends a transaction block by itself after an error (it waits for ROLLBACK), and a SAVEPOINT
    /// outside one fails rather than starting a new transaction, so only a lost connection needs stopping here.
    /// </summary>
    public void EnsureTransactionIsOpen()
    {
        if (Open().FullState.HasFlag(ConnectionState.Broken))
        {
            throw new InvalidOperationException("The writer's connection to PostgreSQL broke inside a write; the batch is lost.");
        }
    }

    /// <summary>40P01 deadlock detected, 40001 serialization failure: another host's transaction was in the way.</summary>
    public bool IsTransient(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    // The server keeps its own WAL and checkpoints: nothing to fold in from this side.
    public Task FinishAsync(ILogger logger) => Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }

    private NpgsqlConnection Open() =>
        _connection ?? throw new InvalidOperationException("The writer connection is used before it was opened.");

    private async Task RunAsync(string sql, DbTransaction transaction)
    {
        await using var command = new NpgsqlCommand(sql, Open(), (NpgsqlTransaction)transaction);
        await command.ExecuteNonQueryAsync();
    }
}

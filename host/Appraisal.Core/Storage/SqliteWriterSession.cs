using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SQLitePCL;

namespace Appraisal.Core.Storage;

/// <summary>
/// The SQLite writer connection as <see cref="GroupCommitWriter"/> drives it: <c>BEGIN IMMEDIATE</c>, savepoints
/// from statements compiled once, and a WAL checkpoint at the end.
/// </summary>
internal sealed class SqliteWriterSession : IWriterSession
{
    private const string SavepointName = "appraisal_write";

    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _savepoint;
    private readonly SqliteCommand _release;
    private readonly SqliteCommand _rollBackToSavepoint;

    /// <param name="connection">An open connection, already configured; the session owns and closes it.</param>
    public SqliteWriterSession(SqliteConnection connection)
    {
        _connection = connection;

        // Two of these run around every write, one after the other on this one connection: compiled once, not
        // for every write as SqliteTransaction.Save/Release would (Microsoft.Data.Sqlite keeps no statement cache).
        _savepoint = Prepared($"SAVEPOINT {SavepointName};");
        _release = Prepared($"RELEASE {SavepointName};");
        _rollBackToSavepoint = Prepared($"ROLLBACK TO {SavepointName};");
    }

    // The file is local: a connection to it does not break the way a network connection does.
    public Task<DbConnection> ConnectAsync() => Task.FromResult<DbConnection>(_connection);

    // Non-deferred BeginTransaction() is BEGIN IMMEDIATE: the write lock is taken now, so no statement
    // inside needs a read-to-write upgrade, whose SQLITE_BUSY Microsoft.Data.Sqlite would not retry.
    public Task<DbTransaction> BeginAsync() => Task.FromResult<DbTransaction>(_connection.BeginTransaction());

    public Task SavepointAsync(DbTransaction transaction) => Run(_savepoint, transaction);

    public Task ReleaseAsync(DbTransaction transaction) => Run(_release, transaction);

    public Task RollBackToSavepointAsync(DbTransaction transaction) => Run(_rollBackToSavepoint, transaction);

    /// <summary>
    /// Some errors (disk full, I/O) make SQLite roll back the whole transaction by itself, and a write could
    /// end it by committing. The next SAVEPOINT would then quietly start a new transaction, so stop the batch.
    /// </summary>
    public void EnsureTransactionIsOpen()
    {
        if (raw.sqlite3_get_autocommit(_connection.Handle) != 0)
        {
            throw new InvalidOperationException(
                "The batch transaction ended inside a write (SQLite rolled it back after an error, or the write committed it).");
        }
    }

    // One writer owns the file: nothing another connection does can make a write worth running again.
    public bool IsTransient(Exception exception) => false;

    public Task FinishAsync(ILogger logger)
    {
        try
        {
            // Fold the WAL into the database file and empty it, so the file alone is a complete copy.
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            using var result = command.ExecuteReader();
            if (result.Read() && result.GetInt32(0) != 0)
            {
                logger.LogWarning("The final WAL checkpoint of {File} could not finish: readers were still active", _connection.DataSource);
            }
        }
        catch (SqliteException exception)
        {
            logger.LogWarning(exception, "The final WAL checkpoint of {File} failed", _connection.DataSource);
        }

        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private SqliteCommand Prepared(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Prepare();
        return command;
    }

    private static Task Run(SqliteCommand command, DbTransaction transaction)
    {
        command.Transaction = (SqliteTransaction)transaction;
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }
}

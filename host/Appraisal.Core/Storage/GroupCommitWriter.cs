using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using SQLitePCL;

namespace Appraisal.Core.Storage;

/// <summary>
/// The one connection that writes to the database file. Writes wait in a channel; a single loop takes the
/// first, drains whatever else is waiting, and runs them all in one <c>BEGIN IMMEDIATE</c> transaction, each
/// inside its own savepoint. One commit (one WAL fsync) then acknowledges many writes, and no second
/// connection ever writes or checkpoints at the same time, which the WAL-reset bug of the bundled SQLite
/// 3.50.4 needs (PLUGINS.md §3.2).
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    /// <summary>
    /// Most writes per transaction: bounds how long one batch holds the write lock and how many writes a
    /// failed commit takes down with it.
    /// </summary>
    internal const int MaxBatchSize = 256;

    private const string SavepointName = "appraisal_write";

    private readonly SqliteConnection _connection;
    private readonly ILogger _logger;
    private readonly Channel<WriteRequest> _queue =
        Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<WriteRequest> _batch = new(MaxBatchSize);
    private readonly List<WriteRequest> _written = new(MaxBatchSize);
    private readonly Lock _disposeGate = new();
    private readonly SqliteCommand _savepoint;
    private readonly SqliteCommand _release;
    private readonly SqliteCommand _rollBackToSavepoint;
    private readonly Task _loop;
    private Task? _disposal;
    private long _batchesCommitted;
    private long _writesCommitted;

    /// <param name="connection">An open connection, already configured; the writer owns and closes it.</param>
    /// <param name="logger">Where shutdown problems go.</param>
    public GroupCommitWriter(SqliteConnection connection, ILogger logger)
    {
        _connection = connection;
        _logger = logger;

        // Two of these run around every write, one after the other on this one connection: compiled once, not
        // for every write as SqliteTransaction.Save/Release would (Microsoft.Data.Sqlite keeps no statement cache).
        _savepoint = Prepared($"SAVEPOINT {SavepointName};");
        _release = Prepared($"RELEASE {SavepointName};");
        _rollBackToSavepoint = Prepared($"ROLLBACK TO {SavepointName};");
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Transactions committed by the batch loop (for tests and diagnostics).</summary>
    public long BatchesCommitted => Interlocked.Read(ref _batchesCommitted);

    /// <summary>Writes acknowledged after their batch committed (for tests and diagnostics).</summary>
    public long WritesCommitted => Interlocked.Read(ref _writesCommitted);

    /// <summary>Queues a write; see <see cref="IAppraisalDatabase.WriteAsync{T}"/>.</summary>
    public Task<T> WriteAsync<T>(
        Func<DbConnection, DbTransaction, CancellationToken, Task<T>> write,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        return Enqueue(new WriteRequest<T>(
            (connection, transaction, token) => write(connection, transaction!, token), runsAlone: false, cancellationToken));
    }

    /// <summary>
    /// Queues work that needs the writer connection to itself and manages its own transactions (migrations).
    /// It runs after the writes queued before it have committed and before any queued after it.
    /// </summary>
    public Task<T> RunExclusiveAsync<T>(
        Func<SqliteConnection, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Enqueue(new WriteRequest<T>(
            (connection, _, token) => work(connection, token), runsAlone: true, cancellationToken));
    }

    /// <summary>Stops taking writes, commits those already queued, checkpoints the WAL and closes the connection.</summary>
    public ValueTask DisposeAsync()
    {
        lock (_disposeGate)
        {
            _disposal ??= ShutDownAsync();
            return new ValueTask(_disposal);
        }
    }

    private Task<T> Enqueue<T>(WriteRequest<T> request)
    {
        if (!_queue.Writer.TryWrite(request))
        {
            request.Fail(new ObjectDisposedException(nameof(SqliteDatabase), "The database is shut down; the write was not queued."));
        }

        return request.Completion;
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        while (await reader.WaitToReadAsync())
        {
            if (!reader.TryRead(out var first) || !first.TryStart())
            {
                continue;
            }

            if (first.RunsAlone)
            {
                await RunAloneAsync(first);
                continue;
            }

            // Whatever queued while the previous batch committed goes into this one: that is what lets one
            // fsync serve many writes. An exclusive request ends the batch and waits for the next turn.
            _batch.Add(first);
            while (_batch.Count < MaxBatchSize
                && reader.TryPeek(out var next) && !next.RunsAlone
                && reader.TryRead(out next))
            {
                if (next.TryStart())
                {
                    _batch.Add(next);
                }
            }

            await CommitBatchAsync();
            _batch.Clear();
        }
    }

    private async Task RunAloneAsync(WriteRequest request)
    {
        try
        {
            await request.ExecuteAsync(_connection, transaction: null);
        }
        catch (Exception exception)
        {
            request.Fail(exception);
            return;
        }

        request.Acknowledge();
    }

    private async Task CommitBatchAsync()
    {
        _written.Clear();
        SqliteTransaction? transaction = null;
        try
        {
            // Non-deferred BeginTransaction() is BEGIN IMMEDIATE: the write lock is taken now, so no statement
            // inside needs a read-to-write upgrade, whose SQLITE_BUSY Microsoft.Data.Sqlite would not retry.
            transaction = _connection.BeginTransaction();
            foreach (var request in _batch)
            {
                await RunInSavepointAsync(request, transaction);
            }

            transaction.Commit();
        }
        catch (Exception exception)
        {
            // BEGIN, a savepoint or COMMIT failed: nothing of this batch is in the file, so every write in it
            // fails (those that already failed keep their own error).
            RollBack(transaction);
            foreach (var request in _batch)
            {
                request.Fail(exception);
            }

            return;
        }
        finally
        {
            transaction?.Dispose();
        }

        Interlocked.Increment(ref _batchesCommitted);
        Interlocked.Add(ref _writesCommitted, _written.Count);

        // Only now, with the commit durable (synchronous=FULL synced the WAL), do callers hear of success.
        foreach (var request in _written)
        {
            request.Acknowledge();
        }
    }

    private async Task RunInSavepointAsync(WriteRequest request, SqliteTransaction transaction)
    {
        Run(_savepoint, transaction);
        try
        {
            await request.ExecuteAsync(_connection, transaction);
        }
        catch (Exception exception)
        {
            request.Fail(exception);
            EnsureTransactionIsOpen();

            // Undo this write only; the others in the batch keep their changes.
            Run(_rollBackToSavepoint, transaction);
            Run(_release, transaction);
            return;
        }

        EnsureTransactionIsOpen();
        Run(_release, transaction);
        _written.Add(request);
    }

    private SqliteCommand Prepared(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Some errors (disk full, I/O) make SQLite roll back the whole transaction by itself, and a write could
    /// end it by committing. The next SAVEPOINT would then quietly start a new transaction, so stop the batch.
    /// </summary>
    private void EnsureTransactionIsOpen()
    {
        if (raw.sqlite3_get_autocommit(_connection.Handle) != 0)
        {
            throw new InvalidOperationException(
                "The batch transaction ended inside a write (SQLite rolled it back after an error, or the write committed it).");
        }
    }

    private void RollBack(SqliteTransaction? transaction)
    {
        if (transaction is null)
        {
            return;
        }

        try
        {
            transaction.Rollback();
        }
        catch (Exception exception) when (exception is SqliteException or InvalidOperationException)
        {
            // Already rolled back by SQLite or already completed; either way no transaction is left open.
            _logger.LogDebug(exception, "Rolling back a failed batch reported an error");
        }
    }

    private async Task ShutDownAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        try
        {
            // Fold the WAL into the database file and empty it, so the file alone is a complete copy.
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            using var result = command.ExecuteReader();
            if (result.Read() && result.GetInt32(0) != 0)
            {
                _logger.LogWarning("The final WAL checkpoint of {File} could not finish: readers were still active", _connection.DataSource);
            }
        }
        catch (SqliteException exception)
        {
            _logger.LogWarning(exception, "The final WAL checkpoint of {File} failed", _connection.DataSource);
        }
        finally
        {
            await _connection.DisposeAsync();
        }
    }
}

using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Appraisal.Core.Storage;

/// <summary>
/// The one connection that writes to the database. Writes wait in a channel; a single loop takes the
/// first, drains whatever else is waiting, and runs them all in one transaction, each inside its own savepoint.
/// One commit (one log flush) then acknowledges many writes. With SQLite no second connection ever writes or
/// checkpoints at the same time, which the WAL-reset bug of the bundled SQLite 3.50.4 needs (PLUGINS.md §3.2);
/// with PostgreSQL each host has one such writer, and a write that lost a deadlock or a serialization conflict
/// to another host's transaction is run again in the next batch instead of failing. What differs between the
/// providers is behind <see cref="IWriterSession"/>.
/// </summary>
internal sealed class GroupCommitWriter : IAsyncDisposable
{
    /// <summary>
    /// Most writes per transaction: bounds how long one batch holds the write lock and how many writes a
    /// failed commit takes down with it.
    /// </summary>
    internal const int MaxBatchSize = 256;

    /// <summary>
    /// How often a write that met a concurrent transaction (<see cref="IWriterSession.IsTransient"/>) is run before
    /// its error reaches the caller: contention between hosts clears in a batch or two; five failures in a row
    /// mean something else is wrong.
    /// </summary>
    internal const int MaxAttempts = 5;

    private readonly IWriterSession _session;
    private readonly ILogger _logger;
    private readonly Channel<WriteRequest> _queue =
        Channel.CreateUnbounded<WriteRequest>(new UnboundedChannelOptions { SingleReader = true });
    private readonly List<WriteRequest> _batch = new(MaxBatchSize);
    private readonly List<WriteRequest> _written = new(MaxBatchSize);
    private readonly List<WriteRequest> _retry = [];

    // Writes of the current batch that already failed on their own (and were answered or put back for a retry): a
    // later failure of the whole batch must not answer or retry them a second time.
    private readonly HashSet<WriteRequest> _settled = [];
    private readonly Lock _disposeGate = new();
    private readonly Task _loop;
    private Task? _disposal;
    private string? _migrationError;
    private long _batchesCommitted;
    private long _writesCommitted;
    private long _writesRetried;

    /// <param name="session">An open, configured writer connection; the writer owns and closes it.</param>
    /// <param name="logger">Where shutdown problems go.</param>
    public GroupCommitWriter(IWriterSession session, ILogger logger)
    {
        _session = session;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Transactions committed by the batch loop (for tests and diagnostics).</summary>
    public long BatchesCommitted => Interlocked.Read(ref _batchesCommitted);

    /// <summary>Writes acknowledged after their batch committed (for tests and diagnostics).</summary>
    public long WritesCommitted => Interlocked.Read(ref _writesCommitted);

    /// <summary>Writes put back for the next batch after meeting a concurrent transaction (for tests and diagnostics).</summary>
    public long WritesRetried => Interlocked.Read(ref _writesRetried);

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
        Func<DbConnection, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return Enqueue(new WriteRequest<T>(
            (connection, _, token) => work(connection, token), runsAlone: true, cancellationToken));
    }

    /// <summary>Why the last migration run failed, or null when it succeeded or none ran yet (for the status report).</summary>
    public string? MigrationError => Volatile.Read(ref _migrationError);

    /// <summary>
    /// Runs <paramref name="migrate"/> as exclusive work (<see cref="RunExclusiveAsync{T}"/>) and remembers whether it
    /// failed with an <see cref="InvalidOperationException"/>, the migrators' way of saying the schema is not usable.
    /// </summary>
    public async Task<int> MigrateAsync(Func<DbConnection, CancellationToken, Task<int>> migrate, CancellationToken cancellationToken)
    {
        try
        {
            var applied = await RunExclusiveAsync(migrate, cancellationToken);
            Volatile.Write(ref _migrationError, null);
            return applied;
        }
        catch (InvalidOperationException exception)
        {
            Volatile.Write(ref _migrationError, exception.Message);
            throw;
        }
    }

    /// <summary>Stops taking writes, commits those already queued, finishes the session (a WAL checkpoint) and closes it.</summary>
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
            request.Fail(new ObjectDisposedException(nameof(IAppraisalDatabase), "The database is shut down; the write was not queued."));
        }

        return request.Completion;
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;

        // Writes put back after meeting another host's transaction go first, even once no new write is coming.
        while (_retry.Count > 0 || await reader.WaitToReadAsync())
        {
            _batch.AddRange(_retry);
            _retry.Clear();
            if (_batch.Count == 0)
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

                _batch.Add(first);
            }

            // Whatever queued while the previous batch committed goes into this one: that is what lets one
            // fsync serve many writes. An exclusive request ends the batch and waits for the next turn.
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
            await request.ExecuteAsync(await _session.ConnectAsync(), transaction: null);
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
        _settled.Clear();
        DbTransaction? transaction = null;
        try
        {
            var connection = await _session.ConnectAsync();
            transaction = await _session.BeginAsync();
            foreach (var request in _batch)
            {
                await RunInSavepointAsync(request, connection, transaction);
            }

            await transaction.CommitAsync();
        }
        catch (Exception exception)
        {
            // BEGIN, a savepoint or COMMIT failed: nothing of this batch is stored, so every write in it
            // fails (those that already failed keep their own error), or is run again when only a concurrent
            // transaction was in the way.
            await RollBackAsync(transaction);
            foreach (var request in _batch)
            {
                if (!_settled.Contains(request))
                {
                    FailOrRetry(request, exception);
                }
            }

            return;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }

        Interlocked.Increment(ref _batchesCommitted);
        Interlocked.Add(ref _writesCommitted, _written.Count);

        // Only now, with the commit durable (synchronous=FULL / synchronous_commit=on), do callers hear of success.
        foreach (var request in _written)
        {
            request.Acknowledge();
        }
    }

    private async Task RunInSavepointAsync(WriteRequest request, DbConnection connection, DbTransaction transaction)
    {
        await _session.SavepointAsync(transaction);
        try
        {
            await request.ExecuteAsync(connection, transaction);
        }
        catch (Exception exception)
        {
            _session.EnsureTransactionIsOpen();

            // Undo this write only; the others in the batch keep their changes.
            await _session.RollBackToSavepointAsync(transaction);
            await _session.ReleaseAsync(transaction);
            _settled.Add(request);
            FailOrRetry(request, exception);
            return;
        }

        _session.EnsureTransactionIsOpen();
        await _session.ReleaseAsync(transaction);
        _written.Add(request);
    }

    private void FailOrRetry(WriteRequest request, Exception exception)
    {
        if (_session.IsTransient(exception) && request.CountAttempt() < MaxAttempts)
        {
            Interlocked.Increment(ref _writesRetried);
            _retry.Add(request);
            return;
        }

        request.Fail(exception);
    }

    private async Task RollBackAsync(DbTransaction? transaction)
    {
        if (transaction is null)
        {
            return;
        }

        try
        {
            await transaction.RollbackAsync();
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            // Already rolled back by the database or already completed; either way no transaction is left open.
            _logger.LogDebug(exception, "Rolling back a failed batch reported an error");
        }
    }

    private async Task ShutDownAsync()
    {
        _queue.Writer.TryComplete();
        await _loop;
        try
        {
            await _session.FinishAsync(_logger);
        }
        finally
        {
            await _session.DisposeAsync();
        }
    }
}

using System.Data.Common;

namespace Appraisal.Core.Storage;

/// <summary>
/// One queued unit of work for <see cref="GroupCommitWriter"/>. The writer only sees this untyped view;
/// <see cref="WriteRequest{T}"/> carries the caller's delegate and result.
/// </summary>
internal abstract class WriteRequest(bool runsAlone)
{
    private const int Queued = 0;
    private const int Started = 1;
    private const int Cancelled = 2;

    private int _state = Queued;
    private int _attempts;

    /// <summary>
    /// Runs outside any batch, with no transaction of the writer's (migrations bring their own), and
    /// only after the batch before it has committed.
    /// </summary>
    public bool RunsAlone { get; } = runsAlone;

    /// <summary>Claims the request for the writer; false when the caller cancelled it while it was queued.</summary>
    public bool TryStart() => Interlocked.CompareExchange(ref _state, Started, Queued) == Queued;

    /// <summary>Claims the request for cancellation; false once the writer has started it.</summary>
    protected bool TryCancelWhileQueued() => Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued;

    /// <summary>Counts one failed run that may be repeated; returns how many there have been.</summary>
    public int CountAttempt() => ++_attempts;

    /// <summary>Runs the caller's delegate and keeps its result until <see cref="Acknowledge"/>.</summary>
    public abstract Task ExecuteAsync(DbConnection connection, DbTransaction? transaction);

    /// <summary>Completes the caller's task with the kept result; called only once its transaction is durable.</summary>
    public abstract void Acknowledge();

    /// <summary>Completes the caller's task with an error (or as cancelled, if the caller's own token caused it).</summary>
    public abstract void Fail(Exception exception);
}

/// <summary>A <see cref="WriteRequest"/> whose delegate returns a <typeparamref name="T"/>.</summary>
internal sealed class WriteRequest<T> : WriteRequest
{
    private readonly Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> _work;
    private readonly CancellationToken _cancellationToken;
    private readonly CancellationTokenRegistration _registration;

    // Continuations run on the pool, never inline on the writer loop, so a slow caller cannot hold up the next batch.
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public WriteRequest(
        Func<DbConnection, DbTransaction?, CancellationToken, Task<T>> work,
        bool runsAlone,
        CancellationToken cancellationToken)
        : base(runsAlone)
    {
        _work = work;
        _cancellationToken = cancellationToken;
        _registration = cancellationToken.Register(static state => ((WriteRequest<T>)state!).CancelWhileQueued(), this);
    }

    /// <summary>The caller's task.</summary>
    public Task<T> Completion => _completion.Task;

    public override async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction) =>
        _result = await _work(connection, transaction, _cancellationToken);

    public override void Acknowledge()
    {
        _registration.Dispose();
        _completion.TrySetResult(_result);
    }

    public override void Fail(Exception exception)
    {
        _registration.Dispose();
        if (exception is OperationCanceledException && _cancellationToken.IsCancellationRequested)
        {
            _completion.TrySetCanceled(_cancellationToken);
        }
        else
        {
            _completion.TrySetException(exception);
        }
    }

    private void CancelWhileQueued()
    {
        // Once the writer has started the request, its outcome is its transaction's; cancelling then changes nothing.
        if (TryCancelWhileQueued())
        {
            _completion.TrySetCanceled(_cancellationToken);
        }
    }
}

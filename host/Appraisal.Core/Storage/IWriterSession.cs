using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace Appraisal.Core.Storage;

/// <summary>
/// What <see cref="GroupCommitWriter"/> needs from one database's writer connection: the batch loop is the same for
/// every provider, only how a transaction, a savepoint and the final shutdown are spelled differs.
/// </summary>
internal interface IWriterSession : IAsyncDisposable
{
    /// <summary>
    /// The open connection the next batch (or exclusive job) runs on; opened again when a lost server connection
    /// left it closed or broken.
    /// </summary>
    Task<DbConnection> ConnectAsync();

    /// <summary>Starts a batch transaction, taking whatever lock the provider needs before the first write.</summary>
    Task<DbTransaction> BeginAsync();

    /// <summary>Marks the point a failed write rolls back to.</summary>
    Task SavepointAsync(DbTransaction transaction);

    /// <summary>Keeps the write's changes in the batch.</summary>
    Task ReleaseAsync(DbTransaction transaction);

    /// <summary>Undoes the write's changes, leaving the others of the batch and the transaction itself in place.</summary>
    Task RollBackToSavepointAsync(DbTransaction transaction);

    /// <summary>Throws when the batch transaction ended inside a write, so the next savepoint cannot start a new one.</summary>
    void EnsureTransactionIsOpen();

    /// <summary>
    /// Whether a write failed only because it met a concurrent transaction (another host's): run again in the next
    /// batch, it is expected to succeed.
    /// </summary>
    bool IsTransient(Exception exception);

    /// <summary>Runs once the last batch has committed, before the connection closes (a final checkpoint, say).</summary>
    Task FinishAsync(ILogger logger);
}

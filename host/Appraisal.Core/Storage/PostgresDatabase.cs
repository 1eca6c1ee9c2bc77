using System.Data.Common;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Appraisal.Core.Storage;

/// <summary>
/// PostgreSQL, for several stateless hosts on one database (PLUGINS.md §4). Reads take a pooled connection each;
/// every host writes through one connection of its own that commits concurrent writes together
/// (<see cref="GroupCommitWriter"/>), so a host holds at most one write transaction at a time. What must stay
/// consistent across hosts is settled by row locks inside those transactions (a cast locks its box's state row
/// first), not by this class.
/// </summary>
public sealed class PostgresDatabase : IAppraisalDatabase
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly PostgresMigrator _migrator;
    private readonly ILogger _logger;
    private readonly GroupCommitWriter _writer;
    private int _disposed;

    /// <summary>Connects lazily to the database <paramref name="connectionString"/> names; nothing is opened here.</summary>
    /// <exception cref="ArgumentException">The connection string cannot be parsed.</exception>
    public PostgresDatabase(string connectionString, ILogger<PostgresDatabase>? logger = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Location = $"{builder.Host}:{builder.Port}/{builder.Database}";
        _dataSource = NpgsqlDataSource.Create(builder);
        _migrator = PostgresMigrator.FromEmbeddedScripts();
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _writer = new GroupCommitWriter(new PostgresWriterSession(_dataSource), _logger);
    }

    /// <inheritdoc />
    public string Provider => DatabaseOptions.Postgres;

    /// <summary>host:port/database, without credentials.</summary>
    public string Location { get; }

    /// <summary>The writer, for tests that look at how writes were grouped and retried.</summary>
    internal GroupCommitWriter Writer => _writer;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">
    /// The database was migrated by a newer build (its schema version is above the newest script), or a script failed.
    /// </exception>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => ApplyMigrationsAsync(cancellationToken);

    /// <summary><see cref="MigrateAsync"/>, returning how many scripts ran here (0 when another host ran them).</summary>
    internal Task<int> ApplyMigrationsAsync(CancellationToken cancellationToken = default) =>
        _writer.MigrateAsync((connection, token) => _migrator.MigrateAsync((NpgsqlConnection)connection, _logger, token), cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// PostgreSQL appends new rows at the end of a table's heap, so the physical order of ballots (their <c>ctid</c>)
    /// would follow the order of casting, and each row's <c>xmin</c> names the transaction, hence the batch, that cast
    /// it. The ballots and public-link devices are therefore re-inserted in key order in one transaction (so every row
    /// carries the same <c>xmin</c>), then <c>CLUSTER</c> writes each table into new files in its primary key's order,
    /// leaving out the deleted versions. What remains is outside the database's tables: the server's WAL and any WAL
    /// archive or base backup keep the original inserts in commit order until they are recycled or expire. That is
    /// the operator's to protect like the backups themselves (README, on several hosts with PostgreSQL). CLUSTER also
    /// keeps deleted versions that a transaction still open elsewhere could see, so a long read running at close would
    /// keep the old order in the new file until the next close. While this runs, other hosts' casts wait for the table
    /// locks.
    /// </remarks>
    public Task ScrubAsync(CancellationToken cancellationToken = default) =>
        _writer.RunExclusiveAsync(
            async (connection, token) =>
            {
                var npgsql = (NpgsqlConnection)connection;
                await using (var transaction = await npgsql.BeginTransactionAsync(token))
                {
                    await PostgresMigrator.ExecuteAsync(npgsql, transaction,
                        """
                        LOCK TABLE ballots, public_devices IN EXCLUSIVE MODE;
                        CREATE TEMP TABLE scrub_ballots ON COMMIT DROP AS SELECT * FROM ballots;
                        DELETE FROM ballots;
                        INSERT INTO ballots SELECT * FROM scrub_ballots ORDER BY campaign_id, ballot_id;
                        CREATE TEMP TABLE scrub_devices ON COMMIT DROP AS SELECT * FROM public_devices;
                        DELETE FROM public_devices;
                        INSERT INTO public_devices SELECT * FROM scrub_devices ORDER BY campaign_id, device_key;
                        """,
                        token);
                    await transaction.CommitAsync(token);
                }

                await PostgresMigrator.ExecuteAsync(npgsql, null, "CLUSTER ballots USING ballots_pkey; CLUSTER public_devices USING public_devices_pkey;", token);
                return true;
            },
            cancellationToken);

    /// <inheritdoc />
    public async Task<T> ReadAsync<T>(
        Func<DbConnection, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        return await read(connection, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The delegate gets this host's writer connection and the batch transaction (READ COMMITTED): it must pass the
    /// transaction to every command and must not commit or roll it back. A write that loses a deadlock or a
    /// serialization conflict against another host is rolled back to its savepoint and run again in the next batch,
    /// up to <see cref="GroupCommitWriter.MaxAttempts"/> times, so the delegate must not have effects outside the
    /// database.
    /// </remarks>
    public Task<T> WriteAsync<T>(
        Func<DbConnection, DbTransaction, CancellationToken, Task<T>> write,
        CancellationToken cancellationToken = default) =>
        _writer.WriteAsync(write, cancellationToken);

    /// <inheritdoc />
    public async Task<DatabaseStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            var version = await ReadAsync(
                (connection, token) => PostgresMigrator.ReadVersionAsync((NpgsqlConnection)connection, token), cancellationToken);
            var error = _writer.MigrationError ?? _migrator.DescribeMismatch(version);
            return new DatabaseStatus(Provider, error is null, version, Location, error);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return new DatabaseStatus(Provider, false, 0, Location, exception.Message);
        }
    }

    /// <summary>Commits the writes already queued and closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _writer.DisposeAsync();
        await _dataSource.DisposeAsync();
    }
}

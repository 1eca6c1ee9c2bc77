using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Appraisal.Core.Storage;

/// <summary>
/// The embedded database: one SQLite file, <c>appraisal.db</c>, in the data directory, in WAL mode with
/// <c>synchronous=FULL</c> (PLUGINS.md §3.2). Every write goes through one writer connection that commits
/// concurrent writes together; every read opens its own read-only pooled connection.
/// </summary>
public sealed class SqliteDatabase : IAppraisalDatabase
{
    /// <summary>The database file's name inside the data directory.</summary>
    public const string FileName = "appraisal.db";

    // Another process holding the lock (a backup, the sqlite3 shell) is waited for this long before a write fails.
    private const int BusyTimeoutMilliseconds = 5000;

    // How much of the file the writer reads through a memory map; beyond it, pages are read with read() as before.
    private const long WriterMapBytes = 1L << 30;

    private readonly string _writerConnectionString;
    private readonly string _readerConnectionString;
    private readonly SqliteMigrator _migrator;
    private readonly ILogger _logger;
    private readonly GroupCommitWriter _writer;
    private int _disposed;

    /// <summary>Opens (or creates) <c>appraisal.db</c> in <paramref name="dataDirectory"/>, creating the directory.</summary>
    /// <exception cref="SqliteException">The file cannot be opened or created.</exception>
    /// <exception cref="InvalidOperationException">The file cannot be switched to WAL mode.</exception>
    public SqliteDatabase(string dataDirectory, ILogger<SqliteDatabase>? logger = null)
        : this(dataDirectory, SqliteMigrator.FromEmbeddedScripts(), logger)
    {
    }

    internal SqliteDatabase(string dataDirectory, SqliteMigrator migrator, ILogger? logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        FilePath = Path.GetFullPath(Path.Combine(dataDirectory, FileName));
        _migrator = migrator;
        _logger = logger ?? NullLogger.Instance;

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
        };
        _writerConnectionString = builder.ToString();

        // Readers are read-only at the file level: they can neither write nor checkpoint, so the writer stays
        // the only connection that changes the file. The different string also gives them a pool of their own.
        // Foreign keys only matter to writes, and Microsoft.Data.Sqlite runs `PRAGMA foreign_keys` at every Open,
        // pooled or not (tens of µs, more than many of the reads themselves), so readers leave it unset.
        builder.Mode = SqliteOpenMode.ReadOnly;
        builder.ForeignKeys = null;
        _readerConnectionString = builder.ToString();

        _writer = new GroupCommitWriter(new SqliteWriterSession(OpenWriterConnection()), _logger);
    }

    /// <inheritdoc />
    public string Provider => DatabaseOptions.Sqlite;

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>The writer, for tests that look at how writes were grouped.</summary>
    internal GroupCommitWriter Writer => _writer;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">
    /// The file was written by a newer build (its schema version is above the newest script), or a script failed.
    /// </exception>
    public Task MigrateAsync(CancellationToken cancellationToken = default) => ApplyMigrationsAsync(cancellationToken);

    /// <summary><see cref="MigrateAsync"/>, returning how many scripts ran.</summary>
    /// <remarks>On the writer connection, between batches: no second connection writes, even at start.</remarks>
    internal Task<int> ApplyMigrationsAsync(CancellationToken cancellationToken = default) =>
        _writer.MigrateAsync((connection, token) => _migrator.MigrateAsync((SqliteConnection)connection, _logger, token), cancellationToken);

    /// <inheritdoc />
    /// <remarks>
    /// SQLite fills a page's cell area from its end as rows arrive, so the byte offsets of rows within a page follow
    /// insertion order even when their keys are random; the WAL holds whole transactions in commit order until a
    /// checkpoint. <c>VACUUM</c> rebuilds every table in key order, and a <c>TRUNCATE</c> checkpoint empties the WAL.
    /// With <c>secure_delete</c> on (set for the writer), freed space is zeroed rather than left readable.
    /// </remarks>
    public Task ScrubAsync(CancellationToken cancellationToken = default) =>
        _writer.RunExclusiveAsync(
            async (connection, token) =>
            {
                await connection.ExecuteAsync(new CommandDefinition("VACUUM;", cancellationToken: token));
                await connection.ExecuteAsync(new CommandDefinition("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken: token));
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
        await using var connection = new SqliteConnection(_readerConnectionString);
        await connection.OpenAsync(cancellationToken);
        return await read(connection, cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// The delegate gets the writer connection and the batch transaction: it must pass the transaction to every
    /// command, must not commit or roll it back, and should not await anything slow, since the batch waits for it.
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
                (connection, token) => connection.ExecuteScalarAsync<int>(
                    new CommandDefinition("PRAGMA user_version;", cancellationToken: token)),
                cancellationToken);
            var error = _writer.MigrationError ?? _migrator.DescribeMismatch(version);
            return new DatabaseStatus(Provider, error is null, version, FilePath, error);
        }
        catch (SqliteException exception)
        {
            return new DatabaseStatus(Provider, false, 0, FilePath, exception.Message);
        }
    }

    /// <summary>Commits the writes already queued, checkpoints and truncates the WAL, and closes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _writer.DisposeAsync();

        // Pooled connections would keep the file open after this returns. Readers go first so the writer's
        // connection is the last to close, which lets SQLite remove the emptied WAL file.
        using (var reader = new SqliteConnection(_readerConnectionString))
        {
            SqliteConnection.ClearPool(reader);
        }

        using (var writer = new SqliteConnection(_writerConnectionString))
        {
            SqliteConnection.ClearPool(writer);
        }
    }

    private SqliteConnection OpenWriterConnection()
    {
        var connection = new SqliteConnection(_writerConnectionString);
        try
        {
            connection.Open();

            // journal_mode is stored in the file: it is switched once, and later opens find it set.
            var mode = connection.ExecuteScalar<string>("PRAGMA journal_mode;");
            if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                mode = connection.ExecuteScalar<string>("PRAGMA journal_mode=WAL;");
                if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException(
                        $"Could not switch {FilePath} to WAL mode (it stays '{mode}'). WAL needs a local file system; " +
                        "a network share will not do.");
                }
            }

            // synchronous is per connection and has no connection-string keyword. FULL syncs the WAL on every
            // commit, so an acknowledged write survives a power loss, not just a crash. secure_delete zeroes freed
            // content (a spent code's cleared subject list, a purged trial run) instead of leaving it readable in
            // the file. foreign_keys is already on through the connection string; stating it here keeps the writer's
            // settings in one place.
            // Casting touches a random page of the codes and of the ballots for every ballot (both are keyed by random
            // values, on purpose). The writer reads the file through a memory map, so such a page costs no read() and
            // no copy, and keeps SQLite's default page cache (2 MiB) for the pages it changes: at the end of every
            // commit SQLite walks its whole page cache (pcache1TruncateUnsafe), which with the 64 MiB cache used
            // before took about 4 % of the host's CPU on this one serial thread. Readers are not mapped: each of them
            // unmaps the file whenever the writer has committed since its last read, which costs more than it saves.
            connection.Execute(
                $"PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON; PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA mmap_size = {WriterMapBytes};");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}

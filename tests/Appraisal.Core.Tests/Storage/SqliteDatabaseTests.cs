using System.Data.Common;
using Appraisal.Core.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Appraisal.Core.Tests.Storage;

public sealed class SqliteDatabaseTests : IAsyncLifetime
{
    private const int SqliteReadOnly = 8;
    private const int SqliteConstraint = 19;

    private readonly TestDirectory _directory = new();
    private SqliteDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _database = new SqliteDatabase(_directory.Path);
        await _database.MigrateAsync();
        await _database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL)", transaction: transaction));
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task The_writer_connection_uses_WAL_full_sync_foreign_keys_and_a_busy_timeout()
    {
        var pragmas = await _database.WriteAsync(async (connection, transaction, _) => (
            JournalMode: await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode", transaction: transaction),
            Synchronous: await connection.ExecuteScalarAsync<long>("PRAGMA synchronous", transaction: transaction),
            ForeignKeys: await connection.ExecuteScalarAsync<long>("PRAGMA foreign_keys", transaction: transaction),
            BusyTimeout: await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout", transaction: transaction)));

        Assert.Equal("wal", pragmas.JournalMode);
        Assert.Equal(2, pragmas.Synchronous); // FULL
        Assert.Equal(1, pragmas.ForeignKeys);
        Assert.True(pragmas.BusyTimeout > 0);
    }

    [Fact]
    public async Task Readers_use_their_own_connection_and_see_only_committed_writes()
    {
        DbConnection? writerConnection = null;
        DbConnection? readerConnection = null;
        var seenBeforeCommit = await _database.WriteAsync(async (connection, transaction, _) =>
        {
            writerConnection = connection;
            await connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (1, 'a')", transaction: transaction);
            return await _database.ReadAsync((reader, _) =>
            {
                readerConnection = reader;
                return reader.ExecuteScalarAsync<long>("SELECT count(*) FROM items");
            });
        });
        var seenAfterCommit = await CountItemsAsync();

        Assert.NotNull(readerConnection);
        Assert.NotSame(writerConnection, readerConnection);
        Assert.Equal(0, seenBeforeCommit);
        Assert.Equal(1, seenAfterCommit);
    }

    [Fact]
    public async Task Readers_cannot_write()
    {
        var error = await Assert.ThrowsAsync<SqliteException>(() => _database.ReadAsync((connection, _) =>
            connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (1, 'a')")));

        Assert.Equal(SqliteReadOnly, error.SqliteErrorCode);
        Assert.Equal(0, await CountItemsAsync());
    }

    [Fact]
    public async Task Concurrent_writes_share_transactions_and_all_commit()
    {
        var (release, blocker) = await HoldWriterAsync();
        var batchesBefore = _database.Writer.BatchesCommitted;
        var writesBefore = _database.Writer.WritesCommitted;

        // All 200 are queued while the writer is busy, so they must be drained into one transaction.
        var writes = new Task[200];
        Parallel.For(0, writes.Length, i => writes[i] = InsertItemAsync(i + 1));
        release.SetResult();
        await blocker;
        await Task.WhenAll(writes);

        var batches = _database.Writer.BatchesCommitted - batchesBefore;
        var committed = _database.Writer.WritesCommitted - writesBefore;
        Assert.Equal(writes.Length + 1, committed);
        Assert.True(batches < committed, $"{committed} writes took {batches} transactions");
        Assert.Equal(2, batches); // the blocker's own batch, then one for the 200
        Assert.Equal(writes.Length, await CountItemsAsync());
    }

    [Fact]
    public async Task A_failing_write_is_rolled_back_alone_and_the_rest_of_its_batch_commits()
    {
        var (release, blocker) = await HoldWriterAsync();
        var batchesBefore = _database.Writer.BatchesCommitted;

        var first = InsertItemAsync(1);
        var failing = _database.WriteAsync(async (connection, transaction, _) =>
        {
            await connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (2, 'kept only if the savepoint leaks')", transaction: transaction);
            return await connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (1, 'duplicate')", transaction: transaction);
        });
        var last = InsertItemAsync(3);
        release.SetResult();
        await blocker;

        await first;
        await last;
        var error = await Assert.ThrowsAsync<SqliteException>(() => failing);
        Assert.Equal(SqliteConstraint, error.SqliteErrorCode);
        Assert.Equal(2, _database.Writer.BatchesCommitted - batchesBefore); // the blocker's, then one holding all three
        Assert.Equal([1L, 3L], await ReadItemIdsAsync());
    }

    [Fact]
    public async Task A_failed_commit_fails_every_write_of_its_batch_and_the_writer_recovers()
    {
        // A deferred foreign key is checked only at COMMIT, which is how a commit can fail.
        await _database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            """
            CREATE TABLE parents (id INTEGER PRIMARY KEY);
            CREATE TABLE children (id INTEGER PRIMARY KEY,
                parent_id INTEGER NOT NULL REFERENCES parents (id) DEFERRABLE INITIALLY DEFERRED);
            """, transaction: transaction));
        var (release, blocker) = await HoldWriterAsync();

        var innocent = InsertItemAsync(1);
        var orphan = _database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "INSERT INTO children (id, parent_id) VALUES (1, 99)", transaction: transaction));
        release.SetResult();
        await blocker;

        Assert.Equal(SqliteConstraint, (await Assert.ThrowsAsync<SqliteException>(() => innocent)).SqliteErrorCode);
        Assert.Equal(SqliteConstraint, (await Assert.ThrowsAsync<SqliteException>(() => orphan)).SqliteErrorCode);
        Assert.Empty(await ReadItemIdsAsync());

        await InsertItemAsync(2);
        Assert.Equal([2L], await ReadItemIdsAsync());
    }

    [Fact]
    public async Task A_write_cancelled_while_queued_never_runs()
    {
        var (release, blocker) = await HoldWriterAsync();
        using var cancellation = new CancellationTokenSource();
        var ran = false;

        var cancelled = _database.WriteAsync((connection, transaction, _) =>
        {
            ran = true;
            return connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (1, 'a')", transaction: transaction);
        }, cancellation.Token);
        var after = InsertItemAsync(2);
        await cancellation.CancelAsync();
        release.SetResult();
        await blocker;
        await after;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.True(cancelled.IsCanceled);
        Assert.False(ran);
        Assert.Equal([2L], await ReadItemIdsAsync());
    }

    [Fact]
    public async Task Dispose_commits_queued_writes_refuses_new_ones_and_closes_the_file()
    {
        await InsertItemAsync(1);
        Assert.Equal(1, await CountItemsAsync()); // leaves a reader connection in the pool
        var (release, blocker) = await HoldWriterAsync();
        var queued = Enumerable.Range(2, 10).Select(InsertItemAsync).ToArray();

        var disposing = _database.DisposeAsync().AsTask();
        var tooLate = InsertItemAsync(100);
        Assert.False(disposing.IsCompleted);
        release.SetResult();
        await blocker;
        await disposing;

        await Task.WhenAll(queued);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => tooLate);
        // SQLite deletes the WAL when the last connection closes, after checkpointing it into the file.
        Assert.False(File.Exists(_database.FilePath + "-wal"), "a connection is still open");

        await using var reopened = new SqliteDatabase(_directory.Path);
        var ids = await reopened.ReadAsync((connection, _) => connection.QueryAsync<long>("SELECT id FROM items ORDER BY id"));
        Assert.Equal(Enumerable.Range(1, 11).Select(id => (long)id), ids);
    }

    [Fact]
    public async Task Status_is_ready_only_after_migration()
    {
        using var directory = new TestDirectory();
        await using var database = new SqliteDatabase(directory.Path);
        var expectedVersion = SqliteMigrator.FromEmbeddedScripts().LatestVersion;

        var before = await database.GetStatusAsync();
        await database.MigrateAsync();
        var after = await database.GetStatusAsync();

        Assert.False(before.Ready);
        Assert.Equal(0, before.SchemaVersion);
        Assert.Contains("Migrations have not run", before.Error, StringComparison.Ordinal);
        Assert.True(after.Ready);
        Assert.Null(after.Error);
        Assert.Equal(expectedVersion, after.SchemaVersion);
        Assert.Equal("sqlite", after.Provider);
        Assert.Equal(Path.Combine(directory.Path, SqliteDatabase.FileName), after.Location);
    }

    /// <summary>Starts a write that keeps the writer busy until released, so later writes queue up behind it.</summary>
    private async Task<(TaskCompletionSource Release, Task Blocker)> HoldWriterAsync()
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = _database.WriteAsync(async (_, _, _) =>
        {
            started.SetResult();
            await release.Task;
            return 0;
        });
        await started.Task;
        return (release, blocker);
    }

    private Task<int> InsertItemAsync(int id) =>
        _database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "INSERT INTO items (id, name) VALUES (@id, @name)", new { id, name = $"item {id}" }, transaction));

    private Task<long> CountItemsAsync() =>
        _database.ReadAsync((connection, _) => connection.ExecuteScalarAsync<long>("SELECT count(*) FROM items"));

    private async Task<List<long>> ReadItemIdsAsync() =>
        [.. await _database.ReadAsync((connection, _) => connection.QueryAsync<long>("SELECT id FROM items ORDER BY id"))];
}

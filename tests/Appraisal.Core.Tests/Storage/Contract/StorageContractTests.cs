using Appraisal.Core.Storage;
using Appraisal.Core.Tests.Storage.Backends;
using Dapper;

namespace Appraisal.Core.Tests.Storage.Contract;

/// <summary>
/// What every <see cref="IAppraisalDatabase"/> promises its callers, run against each provider by the subclasses
/// below: migrations that run once, writes that are isolated from each other, durable when acknowledged, and
/// cancellable while queued.
/// </summary>
public abstract class StorageContractTests : IAsyncLifetime
{
    private StorageBackend _backend = null!;
    private IAppraisalDatabase _database = null!;

    public async Task InitializeAsync()
    {
        _backend = await CreateBackendAsync();
        _database = await _backend.OpenAsync();
        await _database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "CREATE TABLE items (id bigint NOT NULL PRIMARY KEY, name text NOT NULL)", transaction: transaction));
    }

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task Migrating_again_applies_nothing_and_the_status_is_ready_at_the_latest_version()
    {
        var again = await _backend.MigrateCountingAsync(_database);
        var status = await _database.GetStatusAsync();

        Assert.Equal(0, again);
        Assert.True(status.Ready, status.Error);
        Assert.Equal(_backend.LatestVersion, status.SchemaVersion);
        Assert.Equal(_backend.Provider, status.Provider);
        Assert.Equal(_backend.Provider, _database.Provider);
    }

    [Fact]
    public async Task Two_instances_migrating_a_new_store_at_once_run_every_script_exactly_once()
    {
        await using var other = await CreateBackendAsync();
        var first = other.Open();
        var second = other.Open();

        var applied = await Task.WhenAll(other.MigrateCountingAsync(first), other.MigrateCountingAsync(second));

        Assert.Equal(other.LatestVersion, applied.Sum());
        Assert.True((await first.GetStatusAsync()).Ready);
        Assert.True((await second.GetStatusAsync()).Ready);
    }

    [Fact]
    public async Task A_store_of_a_newer_schema_is_refused_and_reported_not_ready()
    {
        await _backend.SetSchemaVersionAsync(_database, _backend.LatestVersion + 1);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _database.MigrateAsync());
        var status = await _database.GetStatusAsync();

        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.False(status.Ready);
        Assert.Equal(_backend.LatestVersion + 1, status.SchemaVersion);
    }

    [Fact]
    public async Task Before_migrating_the_status_is_not_ready()
    {
        await using var other = await CreateBackendAsync();
        var status = await other.Open().GetStatusAsync();

        Assert.False(status.Ready);
        Assert.Equal(0, status.SchemaVersion);
        Assert.NotNull(status.Error);
    }

    [Fact]
    public async Task A_failed_write_changes_nothing_and_the_others_of_its_batch_commit()
    {
        // Held open so the next three queue behind it and go into one batch together.
        var release = new TaskCompletionSource();
        var blocker = _database.WriteAsync(async (connection, transaction, _) =>
        {
            await release.Task;
            return await connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (1, 'first')", transaction: transaction);
        });
        var before = _database.WriteAsync((connection, transaction, _) =>
            connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (2, 'before')", transaction: transaction));
        var failing = _database.WriteAsync<int>(async (connection, transaction, _) =>
        {
            await connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (3, 'undone')", transaction: transaction);
            throw new InvalidOperationException("refused after inserting");
        });
        var duplicate = _database.WriteAsync((connection, transaction, _) =>
            connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (2, 'same key')", transaction: transaction));
        var after = _database.WriteAsync((connection, transaction, _) =>
            connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (4, 'after')", transaction: transaction));
        release.SetResult();

        await blocker;
        await before;
        await after;
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => duplicate);

        Assert.Equal("refused after inserting", error.Message);
        Assert.Equal(["1:first", "2:before", "4:after"], await ItemsAsync(_database));
    }

    [Fact]
    public async Task Two_hundred_concurrent_writes_are_all_readable_after_a_restart()
    {
        var writes = Enumerable.Range(1, 200).Select(id => Task.Run(() => _database.WriteAsync((connection, transaction, _) =>
            connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (@id, @name)", new { id = (long)id, name = $"n{id}" }, transaction))));
        var counts = await Task.WhenAll(writes);
        await _database.DisposeAsync();

        var reopened = await _backend.OpenAsync();
        var items = await ItemsAsync(reopened);

        Assert.All(counts, count => Assert.Equal(1, count));
        Assert.Equal(Enumerable.Range(1, 200).Select(id => $"{id}:n{id}"), items);
    }

    [Fact]
    public async Task A_write_cancelled_before_it_starts_never_runs()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var ran = false;

        var write = _database.WriteAsync((connection, transaction, _) =>
        {
            ran = true;
            return connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (9, 'never')", transaction: transaction);
        }, cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => write);
        Assert.False(ran);
        Assert.Empty(await ItemsAsync(_database));
    }

    [Fact]
    public async Task Readers_see_only_committed_writes()
    {
        var seenInside = await _database.WriteAsync(async (connection, transaction, _) =>
        {
            await connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (1, 'a')", transaction: transaction);
            return await _database.ReadAsync((reader, _) => reader.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM items"));
        });

        Assert.Equal(0, seenInside);
        Assert.Equal(["1:a"], await ItemsAsync(_database));
    }

    [Fact]
    public async Task Writes_after_dispose_are_refused()
    {
        await _database.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => _database.WriteAsync((connection, transaction, _) =>
            connection.ExecuteAsync("INSERT INTO items (id, name) VALUES (1, 'late')", transaction: transaction)));
    }

    protected abstract Task<StorageBackend> CreateBackendAsync();

    protected static async Task<string[]> ItemsAsync(IAppraisalDatabase database) =>
        [.. (await database.ReadAsync((connection, _) => connection.QueryAsync<(long Id, string Name)>("SELECT id, name FROM items ORDER BY id")))
            .Select(item => $"{item.Id}:{item.Name}")];
}

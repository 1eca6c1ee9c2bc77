using Appraisal.Core.Storage;
using Appraisal.Core.Tests.Storage.Backends;
using Dapper;
using Npgsql;

namespace Appraisal.Core.Tests.Storage.Contract;

/// <summary>The contract on PostgreSQL, and what only PostgreSQL's writer does: forced synchronous commits and retries.</summary>
public sealed class StorageContractTestsOnPostgres : StorageContractTests
{
    protected override async Task<StorageBackend> CreateBackendAsync() => await PostgresBackend.CreateAsync();

    [Fact]
    public async Task The_writer_commits_synchronously_even_when_the_database_default_is_off()
    {
        await using var backend = await PostgresBackend.CreateAsync();
        var name = new NpgsqlConnectionStringBuilder(backend.ConnectionString).Database;
        await using (var admin = new NpgsqlConnection(backend.ConnectionString))
        {
            await admin.ExecuteAsync($"ALTER DATABASE {name} SET synchronous_commit = off");
        }

        var database = await backend.OpenAsync();
        var writer = await database.WriteAsync((connection, transaction, _) =>
            connection.ExecuteScalarAsync<string>("SHOW synchronous_commit", transaction: transaction));
        var reader = await database.ReadAsync((connection, _) => connection.ExecuteScalarAsync<string>("SHOW synchronous_commit"));

        Assert.Equal("on", writer);
        Assert.Equal("off", reader); // the setting did take effect for other sessions: the writer overrode it
    }

    [Fact]
    public async Task A_write_that_loses_a_deadlock_runs_again_in_the_next_batch_and_succeeds()
    {
        await using var backend = await PostgresBackend.CreateAsync();
        var database = (PostgresDatabase)await backend.OpenAsync();
        var runs = 0;

        var result = await database.WriteAsync(async (connection, transaction, _) =>
        {
            // The first two runs fail as a deadlock victim does; the rollback to the savepoint undoes their insert.
            await connection.ExecuteAsync("INSERT INTO settings (key, value) VALUES ('k', @run)", new { run = $"{++runs}" }, transaction);
            if (runs <= 2)
            {
                await connection.ExecuteAsync("DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = '40P01'; END $$", transaction: transaction);
            }

            return runs;
        });
        var stored = await database.ReadAsync((connection, _) => connection.QueryAsync<string>("SELECT value FROM settings WHERE key = 'k'"));

        Assert.Equal(3, result);
        Assert.Equal(["3"], stored);
        Assert.Equal(2, database.Writer.WritesRetried);
    }

    [Fact]
    public async Task A_write_that_keeps_failing_as_a_serialization_conflict_fails_after_the_last_attempt()
    {
        await using var backend = await PostgresBackend.CreateAsync();
        var database = (PostgresDatabase)await backend.OpenAsync();
        var runs = 0;

        var error = await Assert.ThrowsAsync<PostgresException>(() => database.WriteAsync((connection, transaction, _) =>
        {
            runs++;
            return connection.ExecuteAsync("DO $$ BEGIN RAISE EXCEPTION 'simulated' USING ERRCODE = '40001'; END $$", transaction: transaction);
        }));

        Assert.Equal(PostgresErrorCodes.SerializationFailure, error.SqlState);
        Assert.Equal(5, runs);
    }

    [Fact]
    public async Task When_a_batch_commit_fails_as_a_conflict_a_write_that_already_failed_in_it_is_not_run_again()
    {
        await using var backend = await PostgresBackend.CreateAsync();
        var database = (PostgresDatabase)await backend.OpenAsync();

        // A trap that fails the first COMMIT of a transaction that inserted into it, as a serialization failure found
        // at commit would: a deferred constraint trigger, counting with a sequence (which no rollback resets).
        await database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            """
            CREATE SEQUENCE trap_fired;
            CREATE TABLE trap (x int);
            CREATE FUNCTION trap_once() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              IF nextval('trap_fired') = 1 THEN RAISE EXCEPTION 'simulated' USING ERRCODE = '40001'; END IF;
              RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER trap_at_commit AFTER INSERT ON trap DEFERRABLE INITIALLY DEFERRED
              FOR EACH ROW EXECUTE FUNCTION trap_once();
            """, transaction: transaction));

        // The first write holds the writer until the other two are queued, so they share the next batch.
        var gate = new TaskCompletionSource();
        var holding = database.WriteAsync(async (_, _, _) => { await gate.Task; return 0; });
        var refusedRuns = 0;
        var trappedRuns = 0;
        var refused = database.WriteAsync<int>((_, _, _) => throw new InvalidOperationException($"refused, run {++refusedRuns}"));
        var trapped = database.WriteAsync(async (connection, transaction, _) =>
            await connection.ExecuteAsync("INSERT INTO trap VALUES (@run)", new { run = ++trappedRuns }, transaction));
        gate.SetResult();
        await holding;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => refused);
        Assert.Equal(1, await trapped);
        Assert.Equal("refused, run 1", error.Message);
        Assert.Equal(1, refusedRuns);   // answered once, with its own error, and not run again with the retried batch
        Assert.Equal(2, trappedRuns);   // the commit failed once, so the write that succeeded in it ran once more
    }

    [Fact]
    public async Task Two_hosts_whose_writes_lock_rows_in_opposite_orders_both_succeed_as_the_deadlock_victim_runs_again()
    {
        await using var backend = await PostgresBackend.CreateAsync();
        var first = (PostgresDatabase)await backend.OpenAsync();
        var second = (PostgresDatabase)await backend.OpenAsync();
        await first.WriteAsync((connection, transaction, _) =>
            connection.ExecuteAsync("INSERT INTO settings (key, value) VALUES ('x', ''), ('y', '')", transaction: transaction));
        var firstHolds = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var secondHolds = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        // Each takes one row, waits until the other has taken the other row, then asks for it: a real deadlock, which
        // the server breaks by failing one of them with 40P01 after deadlock_timeout.
        Task<int> Crossing(PostgresDatabase host, string mine, string theirs, TaskCompletionSource holds, TaskCompletionSource other) =>
            host.WriteAsync(async (connection, transaction, _) =>
            {
                await connection.ExecuteAsync("UPDATE settings SET value = value || @mine WHERE key = @mine", new { mine }, transaction);
                holds.TrySetResult();
                await other.Task;
                return await connection.ExecuteAsync("UPDATE settings SET value = value || @mine WHERE key = @theirs", new { mine, theirs }, transaction);
            });

        var updated = await Task.WhenAll(
            Crossing(first, "x", "y", firstHolds, secondHolds),
            Crossing(second, "y", "x", secondHolds, firstHolds));
        var values = await first.ReadAsync((connection, _) => connection.QueryAsync<string>("SELECT value FROM settings ORDER BY key"));

        Assert.Equal([1, 1], updated);
        Assert.Equal(1, first.Writer.WritesRetried + second.Writer.WritesRetried);
        Assert.All(values, value => Assert.Equal(["x", "y"], value.Order().Select(c => c.ToString()))); // each write applied once
    }

    [Fact]
    public async Task After_the_server_drops_the_writer_connection_the_next_batch_opens_a_new_one()
    {
        await using var backend = await PostgresBackend.CreateAsync();
        var database = await backend.OpenAsync();
        var writerPid = await database.WriteAsync((connection, transaction, _) =>
            connection.ExecuteScalarAsync<int>("SELECT pg_backend_pid()", transaction: transaction));
        await backend.TamperAsync("SELECT pg_terminate_backend(@writerPid)", new { writerPid });

        // The batch that meets the dropped connection fails; the one after it runs on a new connection.
        await Assert.ThrowsAnyAsync<Exception>(() => database.WriteAsync((connection, transaction, _) =>
            connection.ExecuteAsync("INSERT INTO settings (key, value) VALUES ('lost', 'x')", transaction: transaction)));
        var newPid = await database.WriteAsync(async (connection, transaction, _) =>
        {
            await connection.ExecuteAsync("INSERT INTO settings (key, value) VALUES ('kept', 'y')", transaction: transaction);
            return await connection.ExecuteScalarAsync<int>("SELECT pg_backend_pid()", transaction: transaction);
        });
        var keys = await database.ReadAsync((connection, _) => connection.QueryAsync<string>("SELECT key FROM settings ORDER BY key"));

        Assert.NotEqual(writerPid, newPid);
        Assert.Equal(["kept"], keys);
    }

    [Fact]
    public async Task Scripts_are_recorded_in_schema_version_with_their_names()
    {
        await using var backend = await PostgresBackend.CreateAsync();
        var database = await backend.OpenAsync();

        var names = await database.ReadAsync((connection, _) => connection.QueryAsync<string>("SELECT name FROM schema_version ORDER BY version"));

        Assert.Equal(PostgresMigrator.FromEmbeddedScripts().Scripts.Select(script => script.Name), names);
    }
}

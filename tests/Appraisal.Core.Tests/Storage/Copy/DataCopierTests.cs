using Appraisal.Core.Storage;
using Appraisal.Tests.Postgres;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Appraisal.Core.Tests.Storage.Copy;

/// <summary>
/// DataCopier between two SQLite files and from SQLite into PostgreSQL: parents go first, every value keeps its
/// bytes, a target that holds data is refused untouched, and a value the target cannot hold unchanged stops the copy.
/// </summary>
public sealed class DataCopierTests : IDisposable
{
    // "a_child" sorts before "z_parent": only the foreign keys put the parent first, and the target enforces them.
    private const string Schema =
        """
        CREATE TABLE z_parent (id TEXT NOT NULL PRIMARY KEY, payload BLOB, note TEXT, big INTEGER NOT NULL) STRICT;
        CREATE TABLE a_child (parent TEXT NOT NULL REFERENCES z_parent (id), seq INTEGER NOT NULL, digest BLOB NOT NULL,
                              PRIMARY KEY (parent, seq)) STRICT;
        """;

    private readonly TestDirectory _directory = new();

    [Fact]
    public async Task Tables_are_copied_parents_first_with_every_value_unchanged()
    {
        await using var source = await OpenAsync("source.db", Schema);
        await source.ExecuteAsync("INSERT INTO z_parent VALUES ('p1', x'00ff10', '民主评议 \"quoted\"', 9223372036854775807), ('p2', NULL, NULL, -1)");
        await source.ExecuteAsync("INSERT INTO a_child VALUES ('p1', 1, x'0102'), ('p1', 2, x'0304'), ('p2', 1, zeroblob(32))");
        await using var target = await OpenAsync("target.db", Schema);

        var reported = new List<TableCopied>();
        await using (var transaction = target.BeginTransaction())
        {
            var tables = await SqliteTables.InForeignKeyOrderAsync(source, null);
            Assert.Equal(["z_parent", "a_child"], tables);
            await new DataCopier(reported.Add).CopyAsync(source, null, target, transaction, tables);
            transaction.Commit();
        }

        Assert.Equal([new TableCopied("z_parent", 2, 2), new TableCopied("a_child", 3, 3)], reported);
        const string everything = "SELECT hex(id) || '|' || coalesce(hex(payload), 'null') || '|' || coalesce(hex(note), 'null') || '|' || big FROM z_parent ORDER BY id";
        Assert.Equal(await source.QueryAsync<string>(everything), await target.QueryAsync<string>(everything));
        const string children = "SELECT parent || seq || hex(digest) FROM a_child ORDER BY parent, seq";
        Assert.Equal(await source.QueryAsync<string>(children), await target.QueryAsync<string>(children));
    }

    [Fact]
    public async Task A_target_table_with_rows_is_refused_before_anything_is_written()
    {
        await using var source = await OpenAsync("source.db", Schema);
        await source.ExecuteAsync("INSERT INTO z_parent VALUES ('p1', NULL, NULL, 1); INSERT INTO a_child VALUES ('p1', 1, x'01')");
        await using var target = await OpenAsync("target.db", Schema);
        await target.ExecuteAsync("INSERT INTO z_parent VALUES ('other', NULL, NULL, 7); INSERT INTO a_child VALUES ('other', 9, x'09')");
        await using var transaction = target.BeginTransaction();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new DataCopier().CopyAsync(source, null, target, transaction, ["z_parent", "a_child"]));

        Assert.Contains("z_parent already has rows", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await target.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM z_parent", transaction: transaction));
    }

    [Fact]
    public async Task Rows_the_schema_scripts_wrote_are_replaced_by_the_source_and_any_more_are_refused()
    {
        const string counter = "CREATE TABLE revision (id INTEGER NOT NULL PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL) STRICT;";
        await using var source = await OpenAsync("source.db", counter);
        await source.ExecuteAsync("INSERT INTO revision VALUES (1, 42)");
        await using var target = await OpenAsync("target.db", counter);
        await target.ExecuteAsync("INSERT INTO revision VALUES (1, 0)");
        var fresh = new Dictionary<string, long> { ["revision"] = 1 };

        await using (var transaction = target.BeginTransaction())
        {
            await new DataCopier().CopyAsync(source, null, target, transaction, ["revision"], fresh);
            transaction.Commit();
        }

        Assert.Equal(42, await target.ExecuteScalarAsync<long>("SELECT value FROM revision"));
        await using var again = target.BeginTransaction();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new DataCopier().CopyAsync(source, null, target, again, ["revision"], new Dictionary<string, long>()));
        Assert.Contains("revision already has rows", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_integer_flag_becomes_a_PostgreSQL_boolean_and_any_other_integer_stops_the_copy()
    {
        const string flags = "CREATE TABLE flags (id TEXT NOT NULL PRIMARY KEY, bundled INTEGER NOT NULL) STRICT;";
        await using var source = await OpenAsync("source.db", flags);
        await source.ExecuteAsync("INSERT INTO flags VALUES ('off', 0), ('on', 1)");
        await using var target = new NpgsqlConnection(await (await PostgresServer.GetAsync()).CreateDatabaseAsync());
        await target.OpenAsync();
        await target.ExecuteAsync("CREATE TABLE flags (id text NOT NULL PRIMARY KEY, bundled boolean NOT NULL)");

        await using (var transaction = await target.BeginTransactionAsync())
        {
            await new DataCopier().CopyAsync(source, null, target, transaction, ["flags"]);
            await transaction.CommitAsync();
        }

        Assert.Equal([("off", false), ("on", true)], await target.QueryAsync<(string, bool)>("SELECT id, bundled FROM flags ORDER BY id"));

        await source.ExecuteAsync("INSERT INTO flags VALUES ('two', 2)");
        await target.ExecuteAsync("TRUNCATE flags");
        await using var second = await target.BeginTransactionAsync();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DataCopier().CopyAsync(source, null, target, second, ["flags"]));
        Assert.Contains("flags.bundled", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_data_directory_at_another_schema_version_is_refused_before_PostgreSQL_is_contacted()
    {
        await using (var old = await OpenAsync(SqliteDatabase.FileName, "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT); PRAGMA user_version = 3;"))
        {
            SqliteConnection.ClearPool(old);
        }

        // Port 1 has no server: reaching it would fail with a connection error, not with the version.
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            SqliteToPostgresCopy.RunAsync(_directory.Path, "Host=127.0.0.1;Port=1;Database=none;Username=none", null));

        Assert.Contains("schema version 3", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _directory.Dispose();
    }

    private async Task<SqliteConnection> OpenAsync(string file, string schema)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _directory.Combine(file), ForeignKeys = true }.ToString());
        await connection.OpenAsync();
        await connection.ExecuteAsync(schema);
        return connection;
    }
}

using Appraisal.Core.Storage;
using Dapper;

namespace Appraisal.Core.Tests.Storage;

public sealed class SqliteMigratorTests
{
    private static readonly SqliteMigrator Embedded = SqliteMigrator.FromEmbeddedScripts();

    [Fact]
    public void The_embedded_scripts_are_found_and_start_with_the_initial_schema()
    {
        Assert.NotEmpty(Embedded.Scripts);
        Assert.Equal("0001_initial.sql", Embedded.Scripts[0].Name);
        Assert.Contains("CREATE TABLE settings", Embedded.Scripts[0].Sql, StringComparison.Ordinal);
        Assert.Equal(Embedded.Scripts.Count, Embedded.LatestVersion);
    }

    [Fact]
    public void Scripts_with_a_gap_in_their_numbers_are_rejected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SqliteMigrator(
        [
            new MigrationScript(1, "0001_a.sql", "CREATE TABLE a (id INTEGER);"),
            new MigrationScript(3, "0003_c.sql", "CREATE TABLE c (id INTEGER);"),
        ]));

        Assert.Contains("0003_c.sql", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrations_run_once_and_a_restart_applies_none()
    {
        using var directory = new TestDirectory();
        await using (var database = new SqliteDatabase(directory.Path))
        {
            Assert.Equal(Embedded.Scripts.Count, await database.ApplyMigrationsAsync());
            Assert.Equal(Embedded.LatestVersion, await ReadUserVersionAsync(database));
            Assert.Equal(0, await database.ApplyMigrationsAsync());
            await new SettingsStore(database).SetAsync("kept", "across restarts");
        }

        await using (var database = new SqliteDatabase(directory.Path))
        {
            Assert.Equal(0, await database.ApplyMigrationsAsync());
            Assert.Equal(Embedded.LatestVersion, await ReadUserVersionAsync(database));
            Assert.Equal("across restarts", await new SettingsStore(database).GetAsync("kept"));
        }
    }

    [Fact]
    public async Task The_initial_migration_creates_strict_settings_and_plugin_tables()
    {
        using var directory = new TestDirectory();
        await using var database = new SqliteDatabase(directory.Path);
        await database.MigrateAsync();

        var strictTables = await database.ReadAsync((connection, _) => connection.QueryAsync<string>(
            """
            SELECT name FROM pragma_table_list
            WHERE schema = 'main' AND strict = 1 AND name IN ('plugin_disabled', 'plugin_state', 'settings')
            ORDER BY name
            """));

        Assert.Equal(["plugin_disabled", "plugin_state", "settings"], strictTables);
    }

    [Fact]
    public async Task A_database_from_a_newer_build_is_refused()
    {
        using var directory = new TestDirectory();
        var newer = Embedded.LatestVersion + 1;
        await using (var database = new SqliteDatabase(directory.Path))
        {
            await database.MigrateAsync();
            await database.WriteAsync((connection, transaction, _) =>
                connection.ExecuteAsync($"PRAGMA user_version = {newer}", transaction: transaction));
        }

        await using (var database = new SqliteDatabase(directory.Path))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.MigrateAsync());
            var status = await database.GetStatusAsync();

            Assert.Contains($"version {newer}, newer than this build knows ({Embedded.LatestVersion})", error.Message, StringComparison.Ordinal);
            Assert.False(status.Ready);
            Assert.Equal(newer, status.SchemaVersion);
            Assert.Equal(error.Message, status.Error);
            Assert.Equal(newer, await ReadUserVersionAsync(database));
        }
    }

    [Fact]
    public async Task Each_script_commits_on_its_own_so_a_failure_keeps_the_ones_before_it()
    {
        using var directory = new TestDirectory();
        var first = new MigrationScript(1, "0001_a.sql", "CREATE TABLE a (id INTEGER PRIMARY KEY);");
        var broken = new MigrationScript(2, "0002_b.sql", "CREATE TABLE b (id INTEGER PRIMARY KEY); INSERT INTO missing VALUES (1);");
        var fixedScript = broken with { Sql = "CREATE TABLE b (id INTEGER PRIMARY KEY);" };

        await using (var database = new SqliteDatabase(directory.Path, new SqliteMigrator([first, broken]), logger: null))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => database.MigrateAsync());

            Assert.Contains("0002_b.sql", error.Message, StringComparison.Ordinal);
            Assert.Equal(1, await ReadUserVersionAsync(database));
            Assert.Equal(["a"], await ReadTableNamesAsync(database));
            Assert.False((await database.GetStatusAsync()).Ready);
        }

        await using (var database = new SqliteDatabase(directory.Path, new SqliteMigrator([first, fixedScript]), logger: null))
        {
            Assert.Equal(1, await database.ApplyMigrationsAsync());
            Assert.Equal(2, await ReadUserVersionAsync(database));
            Assert.Equal(["a", "b"], await ReadTableNamesAsync(database));
        }
    }

    private static Task<int> ReadUserVersionAsync(SqliteDatabase database) =>
        database.ReadAsync((connection, _) => connection.ExecuteScalarAsync<int>("PRAGMA user_version"));

    private static Task<IEnumerable<string>> ReadTableNamesAsync(SqliteDatabase database) =>
        database.ReadAsync((connection, _) => connection.QueryAsync<string>(
            "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
}

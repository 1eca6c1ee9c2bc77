using Appraisal.Host.Tests.Support;
using Appraisal.Tests.Postgres;
using Npgsql;

namespace Appraisal.Host.Tests.Storage;

/// <summary>
/// The host's commands on PostgreSQL, selected by <c>Appraisal:Database</c>: <c>seed</c> and <c>verify</c> work on the
/// configured database, and a configuration that cannot work stops the host with the setting to fix.
/// </summary>
public sealed class PostgresCommandLineTests
{
    [Fact]
    public async Task Seed_and_verify_run_against_the_configured_postgres_database()
    {
        var server = await PostgresServer.GetAsync();
        var connectionString = await server.CreateDatabaseAsync();
        using var data = new TempDirectory();
        string[] settings =
        [
            $"--Appraisal:DataDirectory={data.Path}", "--Appraisal:AdminKey=postgres-cli-test-key",
            "--Appraisal:Database:Provider=postgres", $"--Appraisal:Database:ConnectionString={connectionString}",
        ];

        var (seedExit, seedOutput) = await HostCommand.RunAsync(["seed", "--demo", .. settings]);
        var (verifyExit, verifyOutput) = await HostCommand.RunAsync(["verify", .. settings]);

        Assert.True(seedExit == 0, seedOutput);
        Assert.Contains("Demo data created.", seedOutput, StringComparison.Ordinal);
        Assert.True(verifyExit == 0, verifyOutput);
        Assert.Contains("OK:", verifyOutput, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(data.Path, "appraisal.db")), "nothing was written to a SQLite file");
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM campaigns", connection);
        Assert.True((long)(await count.ExecuteScalarAsync())! > 0, "the demo campaigns are in PostgreSQL");
    }

    [Theory]
    [InlineData("--Appraisal:Database:Provider=postgres", "Appraisal:Database:ConnectionString")]
    [InlineData("--Appraisal:Database:Provider=oracle", "Appraisal:Database:Provider")]
    public async Task A_database_configuration_that_cannot_work_stops_the_host_naming_the_setting(string setting, string named)
    {
        using var data = new TempDirectory();

        var (exit, output) = await HostCommand.RunAsync("verify", $"--Appraisal:DataDirectory={data.Path}", "--Appraisal:AdminKey=k", setting);

        Assert.NotEqual(0, exit);
        Assert.Contains(named, output, StringComparison.Ordinal);
    }
}

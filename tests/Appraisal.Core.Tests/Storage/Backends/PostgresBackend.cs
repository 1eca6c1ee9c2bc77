using Appraisal.Core.Storage;
using Appraisal.Tests.Postgres;
using Dapper;
using Npgsql;

namespace Appraisal.Core.Tests.Storage.Backends;

/// <summary>A fresh database on the test process's <see cref="PostgresServer"/>; the server goes when the process ends.</summary>
public sealed class PostgresBackend : StorageBackend
{
    private PostgresBackend(string connectionString)
    {
        ConnectionString = connectionString;
    }

    public override string Provider => "postgres";

    public string ConnectionString { get; }

    public override int LatestVersion => PostgresMigrator.FromEmbeddedScripts().LatestVersion;

    /// <summary>Starts the server if this is the first PostgreSQL test of the process, then creates a database.</summary>
    public static async Task<PostgresBackend> CreateAsync()
    {
        var server = await PostgresServer.GetAsync();
        return new PostgresBackend(await server.CreateDatabaseAsync());
    }

    public override Task<int> MigrateCountingAsync(IAppraisalDatabase database) =>
        ((PostgresDatabase)database).ApplyMigrationsAsync();

    public override Task SetSchemaVersionAsync(IAppraisalDatabase database, int version) =>
        database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "INSERT INTO schema_version (version, name) VALUES (@version, 'from a newer build')", new { version }, transaction));

    public override async Task<int> TamperAsync(string sql, object? parameters = null)
    {
        // Not pooled: a test database's idle connections would otherwise stay open until the process ends.
        var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    protected override IAppraisalDatabase Create() => new PostgresDatabase(ConnectionString);

    // The database stays until the server is stopped with the process: dropping it would only cost time.
    protected override ValueTask DeleteStoreAsync() => ValueTask.CompletedTask;
}

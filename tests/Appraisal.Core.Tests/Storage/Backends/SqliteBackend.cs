using Appraisal.Core.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Appraisal.Core.Tests.Storage.Backends;

/// <summary>A SQLite data directory in a temp folder, deleted afterwards.</summary>
public sealed class SqliteBackend : StorageBackend
{
    private readonly TestDirectory _directory = new();

    public override string Provider => "sqlite";

    public string DataDirectory => _directory.Path;

    public override int LatestVersion => SqliteMigrator.FromEmbeddedScripts().LatestVersion;

    public override Task<int> MigrateCountingAsync(IAppraisalDatabase database) =>
        ((SqliteDatabase)database).ApplyMigrationsAsync();

    public override Task SetSchemaVersionAsync(IAppraisalDatabase database, int version) =>
        database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync($"PRAGMA user_version = {version}", transaction: transaction));

    public override async Task<int> TamperAsync(string sql, object? parameters = null)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(_directory.Path, SqliteDatabase.FileName),
            Pooling = false,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        return await connection.ExecuteAsync(sql, parameters);
    }

    protected override IAppraisalDatabase Create() => new SqliteDatabase(_directory.Path);

    protected override ValueTask DeleteStoreAsync()
    {
        _directory.Dispose();
        return ValueTask.CompletedTask;
    }
}

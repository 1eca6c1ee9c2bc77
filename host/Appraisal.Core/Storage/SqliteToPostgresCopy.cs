using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Appraisal.Core.Storage;

/// <summary>
/// <c>migrate-data</c>'s copy: a SQLite data directory's whole database into a PostgreSQL database, in one PostgreSQL
/// transaction (all or nothing). The source is opened read-only and read inside one transaction, so it is one
/// consistent snapshot even if a host still runs on it; both sides must be at this build's schema version.
/// </summary>
public static class SqliteToPostgresCopy
{
    /// <summary>Migrates the target if it is new, then copies every table of the source in foreign-key order.</summary>
    /// <exception cref="InvalidOperationException">
    /// The data directory has no database, its schema version is not this build's, or the target already holds data.
    /// </exception>
    public static async Task<IReadOnlyList<TableCopied>> RunAsync(
        string dataDirectory, string connectionString, Action<TableCopied>? progress, CancellationToken cancellationToken = default)
    {
        var file = Path.GetFullPath(Path.Combine(dataDirectory, SqliteDatabase.FileName));
        if (!File.Exists(file))
        {
            throw new InvalidOperationException($"{file} does not exist: --from must be a data directory that holds {SqliteDatabase.FileName}.");
        }

        await using var source = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await source.OpenAsync(cancellationToken);
        await using var sourceTransaction = source.BeginTransaction(deferred: true);
        await CheckSourceVersionAsync(source, sourceTransaction, file, cancellationToken);
        var tables = await SqliteTables.InForeignKeyOrderAsync(source, sourceTransaction, cancellationToken);

        // The target gets this build's schema first: a database created empty by the DBA is fine.
        await using (var database = new PostgresDatabase(connectionString))
        {
            await database.MigrateAsync(cancellationToken);
        }

        await using var target = new NpgsqlConnection(connectionString);
        await target.OpenAsync(cancellationToken);
        await using var targetTransaction = await target.BeginTransactionAsync(cancellationToken);
        var migrationRows = await MigrationRowsAsync(tables, cancellationToken);
        var copied = await new DataCopier(progress).CopyAsync(
            source, sourceTransaction, target, targetTransaction, tables, migrationRows, cancellationToken);
        await targetTransaction.CommitAsync(cancellationToken);
        return copied;
    }

    /// <summary>
    /// The rows this build's schema scripts write by themselves (plugin_revision's counter), table by table: a freshly
    /// migrated in-memory SQLite database holds exactly those, and the PostgreSQL scripts write the same.
    /// </summary>
    private static async Task<Dictionary<string, long>> MigrationRowsAsync(IReadOnlyList<string> tables, CancellationToken cancellationToken)
    {
        await using var fresh = new SqliteConnection("Data Source=:memory:");
        await fresh.OpenAsync(cancellationToken);
        await SqliteMigrator.FromEmbeddedScripts().MigrateAsync(fresh, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, cancellationToken);
        var rows = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            rows[table] = await DataCopier.CountAsync(fresh, null, table, cancellationToken);
        }

        return rows;
    }

    private static async Task CheckSourceVersionAsync(
        SqliteConnection source, SqliteTransaction transaction, string file, CancellationToken cancellationToken)
    {
        await using var command = source.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        var expected = SqliteMigrator.FromEmbeddedScripts().LatestVersion;
        if (version != expected)
        {
            // Copying another version's tables would put them under a schema they were not written for.
            throw new InvalidOperationException(
                $"{file} has schema version {version}, but this build's is {expected}. " +
                (version < expected
                    ? "Start this build's host on the data directory once (it migrates the file), stop it, then copy."
                    : "Copy it with the newer build that wrote it."));
        }
    }
}

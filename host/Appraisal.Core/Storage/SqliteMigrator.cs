using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Appraisal.Core.Storage;

/// <summary>
/// Brings a SQLite file to the newest schema this build knows. The applied version is the file's
/// <c>PRAGMA user_version</c>; each script runs in its own transaction together with raising that version,
/// so a failure leaves the file at the last script that succeeded.
/// </summary>
internal sealed class SqliteMigrator
{
    /// <summary>The manifest names of the embedded scripts start with this (see Appraisal.Core.csproj).</summary>
    internal const string ResourcePrefix = "Appraisal.Core.Storage.Migrations.Sqlite.";

    private readonly MigrationScripts _scripts;

    /// <param name="scripts">Numbered 1, 2, 3, … without gaps, in any order.</param>
    public SqliteMigrator(IEnumerable<MigrationScript> scripts)
    {
        _scripts = new MigrationScripts(scripts);
    }

    /// <summary>The schema version this build expects: the newest script's number.</summary>
    public int LatestVersion => _scripts.LatestVersion;

    public IReadOnlyList<MigrationScript> Scripts => _scripts.All;

    /// <summary>The scripts under <c>Storage/Migrations/Sqlite/</c>, embedded in this assembly.</summary>
    public static SqliteMigrator FromEmbeddedScripts() => new(MigrationScripts.FromEmbedded(ResourcePrefix).All);

    /// <summary>Why a file at <paramref name="version"/> is not ready for this build, or null when it is.</summary>
    public string? DescribeMismatch(int version) => _scripts.DescribeMismatch(version);

    /// <summary>Applies every script numbered above the file's version; returns how many ran.</summary>
    /// <exception cref="InvalidOperationException">The file is newer than this build, or a script failed.</exception>
    public async Task<int> MigrateAsync(SqliteConnection connection, ILogger logger, CancellationToken cancellationToken)
    {
        var current = await ReadVersionAsync(connection, cancellationToken);
        if (current > LatestVersion)
        {
            // Running older code on a newer schema could silently drop or misread data: refuse to start.
            throw new InvalidOperationException(DescribeMismatch(current));
        }

        var applied = 0;
        foreach (var script in _scripts.All.Where(script => script.Version > current))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var transaction = connection.BeginTransaction();
            if (await ReadVersionAsync(connection, cancellationToken, transaction) >= script.Version)
            {
                // Another process on the same file applied it between our first look and this write lock
                // (BEGIN IMMEDIATE): the script must not run twice.
                continue;
            }

            try
            {
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);

                // user_version lives in the file header, which this transaction writes: script and version commit together.
                await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {script.Version};", cancellationToken);
                transaction.Commit();
            }
            catch (SqliteException exception)
            {
                throw new InvalidOperationException(
                    $"Migration {script.Name} failed and was rolled back; the schema stays at version {script.Version - 1}: {exception.Message}",
                    exception);
            }

            applied++;
            logger.LogInformation("Applied database migration {Migration}", script.Name);
        }

        return applied;
    }

    private static async Task<int> ReadVersionAsync(
        SqliteConnection connection, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(
        SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

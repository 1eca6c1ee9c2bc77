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

    private readonly IReadOnlyList<MigrationScript> _scripts;

    /// <param name="scripts">Numbered 1, 2, 3, … without gaps, in any order.</param>
    public SqliteMigrator(IEnumerable<MigrationScript> scripts)
    {
        _scripts = [.. scripts.OrderBy(script => script.Version)];
        for (var i = 0; i < _scripts.Count; i++)
        {
            // A gap or a repeat means a script was lost or two branches picked the same number.
            if (_scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Migration scripts must be numbered 1, 2, 3, … without gaps or repeats; found '{_scripts[i].Name}' where {i + 1} was expected.");
            }
        }
    }

    /// <summary>The schema version this build expects: the newest script's number.</summary>
    public int LatestVersion => _scripts.Count == 0 ? 0 : _scripts[^1].Version;

    public IReadOnlyList<MigrationScript> Scripts => _scripts;

    /// <summary>The scripts under <c>Storage/Migrations/Sqlite/</c>, embedded in this assembly.</summary>
    public static SqliteMigrator FromEmbeddedScripts()
    {
        var assembly = typeof(SqliteMigrator).Assembly;
        var scripts = new List<MigrationScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal)
                || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add(MigrationScript.FromFile(resource[ResourcePrefix.Length..], reader.ReadToEnd()));
        }

        return new SqliteMigrator(scripts);
    }

    /// <summary>Why a file at <paramref name="version"/> is not ready for this build, or null when it is.</summary>
    public string? DescribeMismatch(int version) =>
        version > LatestVersion
            ? $"The database schema is version {version}, newer than this build knows ({LatestVersion}): it was " +
              "written by a newer Appraisal. Run that version, or restore a backup taken before the upgrade."
            : version < LatestVersion
                ? $"The database schema is version {version}; this build needs {LatestVersion}. Migrations have not run."
                : null;

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
        foreach (var script in _scripts.Where(script => script.Version > current))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var transaction = connection.BeginTransaction();
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

    private static async Task<int> ReadVersionAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
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

using Microsoft.Extensions.Logging;
using Npgsql;

namespace Appraisal.Core.Storage;

/// <summary>
/// Brings a PostgreSQL database to the newest schema this build knows. The applied version is the highest row of
/// <c>schema_version</c>; each script runs in its own transaction together with recording its number, so a
/// failure leaves the database at the last script that succeeded. Several hosts may start at once: the whole run
/// holds a session-level advisory lock, so exactly one of them applies the scripts and the others, once it lets go,
/// find nothing left to do.
/// </summary>
internal sealed class PostgresMigrator(MigrationScripts scripts)
{
    /// <summary>The manifest names of the embedded scripts start with this (see Appraisal.Core.csproj).</summary>
    internal const string ResourcePrefix = "Appraisal.Core.Storage.Migrations.Postgres.";

    /// <summary>The advisory lock key of migrations: any fixed 64-bit number no other code of the database uses.</summary>
    private const long AdvisoryLockKey = 0x4150505241495341; // "APPRAISA" in ASCII

    private const string VersionTable =
        """
        CREATE TABLE IF NOT EXISTS schema_version (
          version    integer     NOT NULL PRIMARY KEY,
          name       text        NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        );
        """;

    public int LatestVersion => scripts.LatestVersion;

    public IReadOnlyList<MigrationScript> Scripts => scripts.All;

    /// <summary>The scripts under <c>Storage/Migrations/Postgres/</c>, embedded in this assembly.</summary>
    public static PostgresMigrator FromEmbeddedScripts() => new(MigrationScripts.FromEmbedded(ResourcePrefix));

    /// <summary>Why a database at <paramref name="version"/> is not ready for this build, or null when it is.</summary>
    public string? DescribeMismatch(int version) => scripts.DescribeMismatch(version);

    /// <summary>The applied version, 0 for a database no migration has touched. Reads, never creates.</summary>
    public static async Task<int> ReadVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT CASE WHEN to_regclass('schema_version') IS NULL THEN 0 ELSE (SELECT COALESCE(MAX(version), 0) FROM schema_version) END",
            connection);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Applies every script numbered above the database's version; returns how many ran.</summary>
    /// <exception cref="InvalidOperationException">The database is newer than this build, or a script failed.</exception>
    public async Task<int> MigrateAsync(NpgsqlConnection connection, ILogger logger, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection, null, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
        try
        {
            await ExecuteAsync(connection, null, VersionTable, cancellationToken);
            return await ApplyPendingAsync(connection, logger, cancellationToken);
        }
        finally
        {
            // Not cancellable: a lock left held would stall every other host's start until this connection closed.
            await ExecuteAsync(connection, null, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
        }
    }

    private async Task<int> ApplyPendingAsync(NpgsqlConnection connection, ILogger logger, CancellationToken cancellationToken)
    {
        var current = await ReadVersionAsync(connection, cancellationToken);
        if (current > LatestVersion)
        {
            // Running older code on a newer schema could silently drop or misread data: refuse to start.
            throw new InvalidOperationException(DescribeMismatch(current));
        }

        var applied = 0;
        foreach (var script in scripts.All.Where(script => script.Version > current))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            try
            {
                await ExecuteAsync(connection, transaction, script.Sql, cancellationToken);
                await using (var record = new NpgsqlCommand("INSERT INTO schema_version (version, name) VALUES (@version, @name)", connection, transaction))
                {
                    record.Parameters.AddWithValue("version", script.Version);
                    record.Parameters.AddWithValue("name", script.Name);
                    await record.ExecuteNonQueryAsync(cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }
            catch (PostgresException exception)
            {
                throw new InvalidOperationException(
                    $"Migration {script.Name} failed and was rolled back; the schema stays at version {script.Version - 1}: {exception.MessageText}",
                    exception);
            }

            applied++;
            logger.LogInformation("Applied database migration {Migration}", script.Name);
        }

        return applied;
    }

    /// <summary>Runs statements without results (several, separated by semicolons, are fine).</summary>
    internal static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

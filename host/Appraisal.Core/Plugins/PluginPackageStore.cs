using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using Appraisal.Core.Storage;
using Dapper;

namespace Appraisal.Core.Plugins;

/// <summary>
/// Uploaded plugin packages in the database (<c>plugin_packages</c>, <c>plugin_revision</c>; migration 0008), so that
/// every host of one database installs the same plugins into its own plugin folder. Each change raises the revision
/// by one in the same write, so a host polls a single number to know whether anything changed. Same SQL on both
/// backends: <c>UPDATE … RETURNING</c> runs in the writer's transaction, which serialises concurrent changes.
/// </summary>
public sealed class PluginPackageStore(IAppraisalDatabase database, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>The current revision: 0 before the first upload, then one more for every upload and removal.</summary>
    public Task<long> GetRevisionAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            (connection, token) => connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT value FROM plugin_revision WHERE id = 1", cancellationToken: token)),
            cancellationToken);

    /// <summary>Every package ever stored, removed ones included (hosts delete their folders), oldest first.</summary>
    public Task<IReadOnlyList<StoredPluginPackage>> ListAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<StoredPluginPackage>>(
            async (connection, token) => [.. await connection.QueryAsync<StoredPluginPackage>(new CommandDefinition(
                """
                SELECT revision AS Revision, plugin_id AS PluginId, version AS Version, folder AS Folder, sha256 AS Sha256,
                       uploaded_by AS UploadedBy, uploaded_at AS UploadedAt, removed_revision AS RemovedRevision
                FROM plugin_packages ORDER BY revision
                """, cancellationToken: token))],
            cancellationToken);

    /// <summary>The bytes of the package stored at <paramref name="revision"/>, or null when there is none.</summary>
    public Task<byte[]?> GetContentAsync(long revision, CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            (connection, token) => connection.QuerySingleOrDefaultAsync<byte[]?>(new CommandDefinition(
                "SELECT content FROM plugin_packages WHERE revision = @revision", new { revision }, cancellationToken: token)),
            cancellationToken);

    /// <summary>Stores an uploaded package that every host should install; returns the new revision.</summary>
    /// <exception cref="DbException">A package for <paramref name="folder"/> is already wanted.</exception>
    public Task<long> AddAsync(string pluginId, string version, string folder, byte[] content, string uploadedBy, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(pluginId);
        ArgumentException.ThrowIfNullOrEmpty(version);
        ArgumentException.ThrowIfNullOrEmpty(folder);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(uploadedBy);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var uploadedAt = _time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        return database.WriteAsync(
            async (connection, transaction, token) =>
            {
                var revision = await RaiseRevisionAsync(connection, transaction, token);
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO plugin_packages (revision, plugin_id, version, folder, sha256, content, uploaded_by, uploaded_at)
                    VALUES (@revision, @pluginId, @version, @folder, @sha256, @content, @uploadedBy, @uploadedAt)
                    """,
                    new { revision, pluginId, version, folder, sha256, content, uploadedBy, uploadedAt }, transaction, cancellationToken: token));
                return revision;
            },
            cancellationToken);
    }

    /// <summary>Marks the wanted package of <paramref name="folder"/> removed; returns the new revision, or null when none was wanted.</summary>
    public Task<long?> RemoveAsync(string folder, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        return database.WriteAsync<long?>(
            async (connection, transaction, token) =>
            {
                // The revision row is locked before the read the removal rests on (PostgreSQL; SQLite has one writer):
                // removals of one folder on two hosts then run one after the other, and the second finds nothing wanted.
                await connection.ExecuteAsync(new CommandDefinition(
                    "SELECT value FROM plugin_revision WHERE id = 1" + SqlDialect.ForUpdate(connection), transaction: transaction, cancellationToken: token));
                var wanted = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
                    "SELECT revision FROM plugin_packages WHERE folder = @folder AND removed_revision IS NULL",
                    new { folder }, transaction, cancellationToken: token));
                if (wanted is null)
                {
                    return null;
                }

                var revision = await RaiseRevisionAsync(connection, transaction, token);
                await connection.ExecuteAsync(new CommandDefinition(
                    "UPDATE plugin_packages SET removed_revision = @revision WHERE revision = @wanted",
                    new { revision, wanted }, transaction, cancellationToken: token));
                return revision;
            },
            cancellationToken);
    }

    private static Task<long> RaiseRevisionAsync(DbConnection connection, DbTransaction transaction, CancellationToken token) =>
        connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "UPDATE plugin_revision SET value = value + 1 WHERE id = 1 RETURNING value", transaction: transaction, cancellationToken: token));
}

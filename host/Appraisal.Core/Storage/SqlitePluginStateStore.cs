using System.Globalization;
using System.Text.Json;
using Appraisal.Core.Plugins;
using Dapper;

namespace Appraisal.Core.Storage;

/// <summary>
/// Keeps the plugin catalog's state in the <c>plugin_state</c> and <c>plugin_disabled</c> tables
/// (migration 0001), through <see cref="IAppraisalDatabase"/>.
/// </summary>
public sealed class SqlitePluginStateStore(IAppraisalDatabase database, TimeProvider? timeProvider = null) : IPluginStateStore
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <inheritdoc />
    public Task<IReadOnlySet<string>> GetDisabledAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlySet<string>>(
            async (connection, token) =>
            {
                var ids = await connection.QueryAsync<string>(new CommandDefinition(
                    "SELECT plugin_id FROM plugin_disabled", cancellationToken: token));
                return ids.ToHashSet(StringComparer.Ordinal);
            },
            cancellationToken);

    /// <inheritdoc />
    public Task SetDisabledAsync(string pluginId, bool disabled, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pluginId);
        var sql = disabled
            ? "INSERT INTO plugin_disabled (plugin_id) VALUES (@pluginId) ON CONFLICT (plugin_id) DO NOTHING"
            : "DELETE FROM plugin_disabled WHERE plugin_id = @pluginId";
        return database.WriteAsync(
            (connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
                sql, new { pluginId }, transaction, cancellationToken: token)),
            cancellationToken);
    }

    /// <inheritdoc />
    /// <remarks>
    /// Replaces the row of each given plugin version, all in one write. Rows of versions not in
    /// <paramref name="entries"/> stay, so a plugin whose folder is gone still shows its last status.
    /// </remarks>
    public Task SaveAsync(IReadOnlyList<PluginEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return Task.CompletedTask;
        }

        var updatedAt = _time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        var rows = entries.Select(entry => new
        {
            entry.Id,
            entry.Version,
            Status = entry.Status.ToString(),
            entry.LastError,
            entry.Source,
            entry.Bundled,
            AppraisalTypes = JsonSerializer.Serialize(entry.AppraisalTypes),
            UpdatedAt = updatedAt,
        }).ToList();

        // Dapper runs the statement once per row, all inside this one write's savepoint.
        return database.WriteAsync(
            (connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO plugin_state (plugin_id, version, status, last_error, source, bundled, appraisal_types, updated_at)
                VALUES (@Id, @Version, @Status, @LastError, @Source, @Bundled, @AppraisalTypes, @UpdatedAt)
                ON CONFLICT (plugin_id, version) DO UPDATE SET
                    status = excluded.status,
                    last_error = excluded.last_error,
                    source = excluded.source,
                    bundled = excluded.bundled,
                    appraisal_types = excluded.appraisal_types,
                    updated_at = excluded.updated_at
                """,
                rows, transaction, cancellationToken: token)),
            cancellationToken);
    }
}

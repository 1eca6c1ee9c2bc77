using Dapper;

namespace Appraisal.Core.Storage;

/// <summary>
/// Instance-wide key/value settings (for example the hashed admin key) in the <c>settings</c> table. The SQL
/// is the same on SQLite and PostgreSQL, so the store works over any <see cref="IAppraisalDatabase"/>.
/// </summary>
public sealed class SettingsStore(IAppraisalDatabase database)
{
    /// <summary>The value stored under <paramref name="key"/>, or null when there is none.</summary>
    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return database.ReadAsync(
            (connection, token) => connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT value FROM settings WHERE key = @key", new { key }, cancellationToken: token)),
            cancellationToken);
    }

    /// <summary>Stores <paramref name="value"/> under <paramref name="key"/>, replacing any earlier value.</summary>
    public Task SetAsync(string key, string value, CancellationToken cancellationToken = default) =>
        SetAsync([new KeyValuePair<string, string>(key, value)], cancellationToken);

    /// <summary>Stores several values in one write, so readers see all of them changed or none.</summary>
    public Task SetAsync(IReadOnlyList<KeyValuePair<string, string>> values, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var (key, value) in values)
        {
            ArgumentException.ThrowIfNullOrEmpty(key);
            ArgumentNullException.ThrowIfNull(value);
        }

        return database.WriteAsync(
            (connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO settings (key, value) VALUES (@Key, @Value)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value
                """,
                values.Select(v => new { v.Key, v.Value }), transaction, cancellationToken: token)),
            cancellationToken);
    }

    /// <summary>
    /// Stores <paramref name="value"/> only if <paramref name="key"/> has no value yet. Of several concurrent
    /// callers exactly one gets true: the check and the insert are one statement.
    /// </summary>
    public async Task<bool> TryAddAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(value);
        var inserted = await database.WriteAsync(
            (connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO settings (key, value) VALUES (@key, @value) ON CONFLICT (key) DO NOTHING",
                new { key, value }, transaction, cancellationToken: token)),
            cancellationToken);
        return inserted == 1;
    }
}

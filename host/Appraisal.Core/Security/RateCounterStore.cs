using System.Security.Cryptography;
using System.Text;
using Appraisal.Core.Storage;
using Dapper;

namespace Appraisal.Core.Security;

/// <summary>
/// Attempt counters in <c>rate_counters</c> (migration 0008), for limits that must hold across several hosts of one
/// database: one row per key and fixed window, raised with one <c>INSERT … ON CONFLICT … DO UPDATE … RETURNING</c>,
/// so concurrent attempts on different hosts each see a distinct count. Keys are stored as SHA-256 hashes: the table
/// names no login. (The accounts table holds the login names anyway, so a salt would protect nothing more.)
/// </summary>
public sealed class RateCounterStore(IAppraisalDatabase database)
{
    /// <summary>Counts one attempt; returns the window's count including it.</summary>
    /// <param name="key">What is limited, e.g. <c>login:alice</c>; stored hashed.</param>
    /// <param name="windowStart">The window's start, Unix seconds.</param>
    /// <param name="purgeBefore">When set, windows starting before it are deleted in the same write (rows nobody reads again).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public Task<long> IncrementAsync(string key, long windowStart, long? purgeBefore = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        var hash = Hash(key);
        return database.WriteAsync(
            async (connection, transaction, token) =>
            {
                if (purgeBefore is { } cutoff)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        "DELETE FROM rate_counters WHERE window_start < @cutoff", new { cutoff }, transaction, cancellationToken: token));
                }

                return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                    """
                    INSERT INTO rate_counters (key, window_start, count) VALUES (@hash, @windowStart, 1)
                    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_counters.count + 1
                    RETURNING count
                    """,
                    new { hash, windowStart }, transaction, cancellationToken: token));
            },
            cancellationToken);
    }

    /// <summary>How many rows the table holds (for tests and diagnostics).</summary>
    public Task<long> CountRowsAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            (connection, token) => connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM rate_counters", cancellationToken: token)),
            cancellationToken);

    /// <summary>What is stored for <paramref name="key"/>: lower-case hex SHA-256 of its UTF-8 bytes.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}

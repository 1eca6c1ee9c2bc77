using System.Globalization;
using Dapper;

namespace Appraisal.Core.Storage;

/// <summary>
/// The rows of <c>data_protection_keys</c> (migration 0008): the XML of each data-protection key, as ASP.NET's key
/// manager hands it over (already encrypted when a key-ring secret is set). Every host of one database reads the
/// same key ring, so a token one host issued is accepted by the others. Same SQL on SQLite and PostgreSQL.
/// </summary>
public sealed class DataProtectionKeyStore(IAppraisalDatabase database, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Every stored key's XML, oldest first.</summary>
    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync<IReadOnlyList<string>>(
            async (connection, token) => [.. await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT xml FROM data_protection_keys ORDER BY created_at, name", cancellationToken: token))],
            cancellationToken);

    /// <summary>Stores a key under <paramref name="name"/>; a key of that name already stored is kept (key names are unique ids).</summary>
    public Task AddAsync(string name, string xml, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(xml);
        var createdAt = _time.GetUtcNow().UtcDateTime.ToString("O", CultureInfo.InvariantCulture);
        return database.WriteAsync(
            (connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO data_protection_keys (name, xml, created_at) VALUES (@name, @xml, @createdAt) ON CONFLICT (name) DO NOTHING",
                new { name, xml, createdAt }, transaction, cancellationToken: token)),
            cancellationToken);
    }
}

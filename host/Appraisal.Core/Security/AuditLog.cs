using System.Buffers.Binary;
using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Appraisal.Core.Storage;
using Dapper;

namespace Appraisal.Core.Security;

/// <summary>
/// The append-only record of admin actions, in the <c>audit_log</c> table (migration 0003). Entries never concern
/// ballots: no ballot id, no ballot code, nothing a rater submitted. They record what staff did (created or closed a
/// campaign, disabled an account), which is what an oversight body asks about, and keeping ballots out is what
/// keeps the log from ever de-anonymizing a rater.
/// </summary>
/// <remarks>
/// <para>
/// Triggers in the database refuse every UPDATE and DELETE, so no code path of the application can rewrite
/// history. Someone with the file can drop the triggers; for that, each row also stores
/// <c>hash = SHA-256(prev_hash ‖ seq ‖ at ‖ actor ‖ action ‖ campaign_id ‖ detail)</c>, and
/// <see cref="VerifyAsync"/> finds the first row whose chain no longer holds. The chain cannot show rows cut off
/// the end of the log, nor a log rewritten and re-hashed from scratch: for that, compare
/// <see cref="VerifyAsync"/>'s result and the newest hash with a copy kept elsewhere.
/// </para>
/// <para>
/// An entry is appended either on its own (<see cref="AppendAsync(Caller, string, string?, object?, CancellationToken)"/>)
/// or inside the write that performs the action (<see cref="AppendAsync(DbConnection, DbTransaction, AuditEntry, CancellationToken)"/>),
/// so the action and its record commit or roll back together.
/// </para>
/// </remarks>
public sealed class AuditLog(IAppraisalDatabase database, TimeProvider? timeProvider = null)
{
    /// <summary>Most rows one <see cref="ReadAsync"/> returns.</summary>
    public const int MaxReadLimit = 1000;

    /// <summary>The <c>prev_hash</c> of the first row.</summary>
    internal static readonly string GenesisHash = new('0', 64);

    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>An entry for <paramref name="caller"/> doing <paramref name="action"/> now; see <see cref="AuditEntry.For"/>.</summary>
    public AuditEntry CreateEntry(Caller caller, string action, string? campaignId, object? detail) =>
        AuditEntry.For(caller, action, campaignId, detail, _time.GetUtcNow());

    /// <summary>Records an action in a write of its own; returns the new row's <c>seq</c> once it is durable.</summary>
    /// <exception cref="ArgumentException">The caller is anonymous or the action is empty.</exception>
    public Task<long> AppendAsync(
        Caller caller, string action, string? campaignId, object? detail, CancellationToken cancellationToken = default)
    {
        var entry = CreateEntry(caller, action, campaignId, detail);
        return database.WriteAsync((connection, transaction, token) => AppendAsync(connection, transaction, entry, token), cancellationToken);
    }

    /// <summary>
    /// Records an action inside a write that is already running (the delegate of
    /// <see cref="IAppraisalDatabase.WriteAsync{T}"/>), so it commits, or rolls back, with the action itself.
    /// Returns the new row's <c>seq</c>.
    /// </summary>
    /// <remarks>
    /// The next <c>seq</c> and the previous hash are read in the same transaction as the insert. On SQLite that is
    /// safe because all writes go through one writer connection, one transaction at a time; on PostgreSQL, where every
    /// host has a writer, the log is locked against other appends first (reads go on), until the transaction commits.
    /// </remarks>
    public static async Task<long> AppendAsync(
        DbConnection connection, DbTransaction transaction, AuditEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(entry.Action);

        if (SqlDialect.IsPostgres(connection))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "LOCK TABLE audit_log IN EXCLUSIVE MODE", transaction: transaction, cancellationToken: cancellationToken));
        }

        var last = await connection.QuerySingleOrDefaultAsync<ChainTail>(new CommandDefinition(
            "SELECT seq AS Seq, hash AS Hash FROM audit_log ORDER BY seq DESC LIMIT 1",
            transaction: transaction, cancellationToken: cancellationToken));
        var seq = (last?.Seq ?? 0) + 1;
        var prevHash = last?.Hash ?? GenesisHash;
        var at = entry.At.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);
        var hash = ComputeHash(prevHash, seq, at, entry.Actor, entry.Action, entry.CampaignId, entry.Detail);

        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO audit_log (seq, at, actor, action, campaign_id, detail, prev_hash, hash)
            VALUES (@seq, @at, @Actor, @Action, @CampaignId, @Detail, @prevHash, @hash)
            """,
            new { seq, at, entry.Actor, entry.Action, entry.CampaignId, entry.Detail, prevHash, hash },
            transaction, cancellationToken: cancellationToken));
        return seq;
    }

    /// <summary>The newest <paramref name="limit"/> entries, newest first, of one campaign or (null) of all.</summary>
    public async Task<IReadOnlyList<AuditRecord>> ReadAsync(
        string? campaignId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, MaxReadLimit);

        // Two statements rather than "@campaignId IS NULL OR …", which would keep SQLite from using the index.
        var filter = campaignId is null ? "" : "WHERE campaign_id = @campaignId";
        var rows = await database.ReadAsync(
            (connection, token) => connection.QueryAsync<AuditRow>(new CommandDefinition(
                $"""
                SELECT seq AS Seq, at AS At, actor AS Actor, action AS Action, campaign_id AS CampaignId,
                       detail AS Detail
                FROM audit_log {filter}
                ORDER BY seq DESC
                LIMIT @limit
                """,
                new { campaignId, limit }, cancellationToken: token)),
            cancellationToken);
        return [.. rows.Select(row => new AuditRecord(
            row.Seq, ParseTime(row.At), row.Actor, row.Action, row.CampaignId, row.Detail))];
    }

    /// <summary>
    /// Walks the whole log and returns the <c>seq</c> of the first row that breaks the chain (edited, inserted,
    /// or following a removed row), or null when every row holds. Reads the log in one pass on a reader
    /// connection; it is meant for an admin's "verify" button and for backups, not for every request.
    /// </summary>
    public Task<long?> VerifyAsync(CancellationToken cancellationToken = default) =>
        database.ReadAsync(
            async (connection, token) =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText =
                    "SELECT seq, at, actor, action, campaign_id, detail, prev_hash, hash FROM audit_log ORDER BY seq";
                await using var reader = await command.ExecuteReaderAsync(token);
                var expectedSeq = 1L;
                var expectedPrev = GenesisHash;
                while (await reader.ReadAsync(token))
                {
                    var seq = reader.GetInt64(0);
                    var recomputed = ComputeHash(
                        expectedPrev, seq, reader.GetString(1), reader.GetString(2), reader.GetString(3),
                        reader.IsDBNull(4) ? null : reader.GetString(4),
                        reader.IsDBNull(5) ? null : reader.GetString(5));
                    if (seq != expectedSeq
                        || !string.Equals(reader.GetString(6), expectedPrev, StringComparison.Ordinal)
                        || !string.Equals(reader.GetString(7), recomputed, StringComparison.Ordinal))
                    {
                        return (long?)seq;
                    }

                    expectedSeq = seq + 1;
                    expectedPrev = recomputed;
                }

                return null;
            },
            cancellationToken);

    /// <summary>
    /// The chain hash of one row. Each text field is written as a presence byte, its UTF-8 length and its bytes,
    /// so no two different rows encode alike (moving characters between fields, or null versus empty, changes it).
    /// </summary>
    internal static string ComputeHash(
        string prevHash, long seq, string at, string actor, string action, string? campaignId, string? detail)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Convert.FromHexString(prevHash));
        Span<byte> number = stackalloc byte[sizeof(long)];
        BinaryPrimitives.WriteInt64BigEndian(number, seq);
        sha.AppendData(number);
        AppendField(sha, at);
        AppendField(sha, actor);
        AppendField(sha, action);
        AppendField(sha, campaignId);
        AppendField(sha, detail);
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static void AppendField(IncrementalHash sha, string? value)
    {
        Span<byte> header = stackalloc byte[1 + sizeof(int)];
        if (value is null)
        {
            sha.AppendData(header[..1]);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        header[0] = 1;
        BinaryPrimitives.WriteInt32BigEndian(header[1..], bytes.Length);
        sha.AppendData(header);
        sha.AppendData(bytes);
    }

    private static DateTimeOffset ParseTime(string text) =>
        DateTimeOffset.ParseExact(
            text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private sealed record ChainTail(long Seq, string Hash);

    private sealed record AuditRow(long Seq, string At, string Actor, string Action, string? CampaignId, string? Detail);
}

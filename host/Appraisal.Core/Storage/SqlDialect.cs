using System.Data.Common;
using Dapper;
using Npgsql;

namespace Appraisal.Core.Storage;

/// <summary>
/// The few places where statements inside a write differ by provider, for code that has the connection but not
/// the <see cref="IAppraisalDatabase"/> (whose <see cref="IAppraisalDatabase.Provider"/> tells the same). On SQLite
/// one writer runs every write of the file one after the other, so a read inside a write is already exclusive; on
/// PostgreSQL every host has a writer, and a read that a write's decision rests on must lock what it read.
/// </summary>
internal static class SqlDialect
{
    /// <summary>Whether the connection is PostgreSQL's.</summary>
    public static bool IsPostgres(DbConnection connection) => connection is NpgsqlConnection;

    /// <summary><c> FOR UPDATE</c> on PostgreSQL, nothing on SQLite: appended to a SELECT inside a write.</summary>
    public static string ForUpdate(DbConnection connection) => IsPostgres(connection) ? " FOR UPDATE" : "";

    /// <summary>
    /// Takes the box's state row of <paramref name="campaignId"/> for the rest of the transaction (PostgreSQL; a no-op on
    /// SQLite). Every write that appends to a box or removes it takes this lock before any other of the box's rows, so
    /// casts of several hosts append one after the other and cannot deadlock with each other.
    /// </summary>
    public static Task LockBoxAsync(DbConnection connection, DbTransaction transaction, string campaignId, CancellationToken token) =>
        IsPostgres(connection)
            ? connection.ExecuteAsync(new CommandDefinition(
                "SELECT 1 FROM box_state WHERE campaign_id = @campaignId FOR UPDATE", new { campaignId }, transaction, cancellationToken: token))
            : Task.CompletedTask;
}

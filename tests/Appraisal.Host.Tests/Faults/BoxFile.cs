using System.Globalization;
using Appraisal.Core.Ballots;
using Microsoft.Data.Sqlite;

namespace Appraisal.Host.Tests.Faults;

/// <summary>
/// What the database file of a dead host holds for one campaign, read read-only and without the host's code:
/// the receipt digests in the box, the state of every code, and the box's own count of casts.
/// </summary>
internal sealed record BoxFile(IReadOnlySet<string> ReceiptDigests, IReadOnlyDictionary<string, string> CodeStates, long Casts)
{
    public static BoxFile Read(string dataDirectory, string campaignId)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(dataDirectory, "appraisal.db"),
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false, // nothing stays open when the host starts again
        };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();

        var receipts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var digest in Column(connection, "SELECT lower(hex(digest)) FROM receipts WHERE campaign_id = $c", campaignId))
        {
            receipts.Add(digest);
        }

        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var command = Command(connection, "SELECT lookup_key, state FROM ballot_codes WHERE campaign_id = $c", campaignId))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                states[reader.GetString(0)] = reader.GetString(1);
            }
        }

        using var casts = Command(connection, "SELECT casts FROM box_state WHERE campaign_id = $c", campaignId);
        return new BoxFile(receipts, states, Convert.ToInt64(casts.ExecuteScalar() ?? 0L, CultureInfo.InvariantCulture));
    }

    /// <summary>Codes in the state <c>spent</c>.</summary>
    public int Spent => CodeStates.Values.Count(state => state == "spent");

    /// <summary>The stored state of a code as it was issued (<c>unused</c>, <c>spent</c>, <c>voided</c>), or null when unknown.</summary>
    public string? StateOf(string code) => CodeStates.GetValueOrDefault(BallotCode.Parse(code).LookupKey);

    private static List<string> Column(SqliteConnection connection, string sql, string campaignId)
    {
        using var command = Command(connection, sql, campaignId);
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, string campaignId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$c", campaignId);
        return command;
    }
}

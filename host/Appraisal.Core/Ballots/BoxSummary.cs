using System.Data.Common;
using Dapper;

namespace Appraisal.Core.Ballots;

/// <summary>
/// What two copies of one campaign must agree on, read straight from the tables: status, ballots cast, sheets
/// stored, the receipt chain head (running and sealed), the sealed box digest, codes per state and the stored
/// report. <c>migrate-data</c> compares the source's and the target's to show the copy changed nothing.
/// </summary>
public sealed record BoxSummary(string Campaign, IReadOnlyList<(string Field, string Value)> Fields)
{
    private sealed record CampaignRow(string Id, string Status, long Casts, byte[]? Head, byte[]? ChainHead, byte[]? BoxDigest, string? Report, long Sheets);

    /// <summary>One summary per campaign of the database, ordered by campaign id (ordinal, whatever the database's collation).</summary>
    public static async Task<IReadOnlyList<BoxSummary>> ReadAllAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var campaigns = await connection.QueryAsync<CampaignRow>(new CommandDefinition(
            """
            SELECT c.id AS Id, c.status AS Status, COALESCE(b.casts, 0) AS Casts, b.head AS Head, c.chain_head AS ChainHead,
                   c.box_digest AS BoxDigest, c.report AS Report,
                   (SELECT COUNT(*) FROM ballots AS s WHERE s.campaign_id = c.id) AS Sheets
            FROM campaigns AS c LEFT JOIN box_state AS b ON b.campaign_id = c.id
            """,
            cancellationToken: cancellationToken));
        var codes = (await connection.QueryAsync<(string Campaign, string State, long Count)>(new CommandDefinition(
                "SELECT campaign_id, state, COUNT(*) FROM ballot_codes GROUP BY campaign_id, state", cancellationToken: cancellationToken)))
            .ToLookup(row => row.Campaign, StringComparer.Ordinal);

        return [.. campaigns.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => new BoxSummary(c.Id,
        [
            ("status", c.Status),
            ("ballots cast", c.Casts.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("sheets", c.Sheets.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("chain head", Hex(c.Head)),
            ("sealed chain head", Hex(c.ChainHead)),
            ("sealed box digest", Hex(c.BoxDigest)),
            ("codes", string.Join(", ", codes[c.Id].OrderBy(s => s.State, StringComparer.Ordinal).Select(s => $"{s.State} {s.Count}"))),
            ("report", c.Report ?? "(none)"),
        ]))];
    }

    /// <summary>Each difference between two databases' summaries, as a line naming the campaign and the field; empty when they agree.</summary>
    public static IReadOnlyList<string> Differences(
        IReadOnlyList<BoxSummary> left, string leftName, IReadOnlyList<BoxSummary> right, string rightName)
    {
        var differences = new List<string>();
        var rightByCampaign = right.ToDictionary(s => s.Campaign, StringComparer.Ordinal);
        foreach (var summary in left)
        {
            if (!rightByCampaign.Remove(summary.Campaign, out var other))
            {
                differences.Add($"campaign {summary.Campaign}: only in {leftName}");
                continue;
            }

            foreach (var ((field, value), (_, otherValue)) in summary.Fields.Zip(other.Fields))
            {
                if (!string.Equals(value, otherValue, StringComparison.Ordinal))
                {
                    differences.Add($"campaign {summary.Campaign}: {field} is {Shorten(value)} in {leftName} but {Shorten(otherValue)} in {rightName}");
                }
            }
        }

        differences.AddRange(rightByCampaign.Keys.Order(StringComparer.Ordinal).Select(id => $"campaign {id}: only in {rightName}"));
        return differences;
    }

    private static string Hex(byte[]? bytes) => bytes is null ? "(none)" : Convert.ToHexStringLower(bytes);

    // A report is kilobytes of JSON: a difference shows its start, enough to tell which copy is which.
    private static string Shorten(string value) => value.Length <= 80 ? value : value[..80] + $"… ({value.Length} chars)";
}

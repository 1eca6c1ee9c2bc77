using Appraisal.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// Appends sheets to a campaign's box with one prepared INSERT per batch, through the database's one writer (so
/// in its durable transaction), skipping what casting does around it: codes, receipts and the box's running totals.
/// Casting a million ballots one by one would take many minutes; the rows stored are the same.
/// </summary>
internal static class SheetWriter
{
    public static Task<int> AppendAsync(IAppraisalDatabase database, string campaignId, IReadOnlyList<SheetRow> rows) =>
        database.WriteAsync((connection, transaction, _) =>
        {
            using var insert = ((SqliteConnection)connection).CreateCommand();
            insert.Transaction = (SqliteTransaction)transaction;
            insert.CommandText =
                "INSERT INTO ballots (campaign_id, ballot_id, group_key, answers, digest) VALUES ($campaign, $id, $group, $answers, $digest)";
            insert.Parameters.AddWithValue("$campaign", campaignId);
            var id = insert.Parameters.Add("$id", SqliteType.Blob);
            var group = insert.Parameters.Add("$group", SqliteType.Text);
            var answers = insert.Parameters.Add("$answers", SqliteType.Blob);
            var digest = insert.Parameters.Add("$digest", SqliteType.Blob);
            insert.Prepare();
            foreach (var row in rows)
            {
                id.Value = row.Id;
                group.Value = row.Group;
                answers.Value = row.Answers;
                digest.Value = row.Digest;
                insert.ExecuteNonQuery();
            }

            return Task.FromResult(rows.Count);
        });
}

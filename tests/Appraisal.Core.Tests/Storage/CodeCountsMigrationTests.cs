using Appraisal.Core.Storage;
using Dapper;

namespace Appraisal.Core.Tests.Storage;

/// <summary>
/// 0005_code_counts moves ballot_codes into a WITHOUT ROWID table and keeps the per-group counts beside it. A file
/// that already holds codes must come through with every code in its state and counts that match those states.
/// </summary>
public sealed class CodeCountsMigrationTests
{
    [Fact]
    public async Task Codes_written_before_the_migration_keep_their_states_and_are_counted_per_group()
    {
        using var directory = new TestDirectory();
        var embedded = SqliteMigrator.FromEmbeddedScripts();
        var beforeCounts = new SqliteMigrator(embedded.Scripts.Where(s => s.Version < 5));
        await using (var database = new SqliteDatabase(directory.Path, beforeCounts, logger: null))
        {
            await database.ApplyMigrationsAsync();
            await database.WriteAsync((connection, transaction, token) => connection.ExecuteAsync(new CommandDefinition(
                """
                INSERT INTO campaigns (id, type_key, title, status, test_mode, min_cell_size, questionnaire, settings, created_on, revision)
                VALUES ('c1', 't', '活动', 'open', 0, 3, '{}', '{}', '2026-12-07', 1);
                INSERT INTO rater_groups (campaign_id, group_key, ordinal, name_zh, name_en, weight, weights_by_class)
                VALUES ('c1', 'members', 0, '党员', 'Members', NULL, '{}'), ('c1', 'masses', 1, '群众', 'Masses', NULL, '{}');
                INSERT INTO ballot_codes (lookup_key, campaign_id, group_key, state, subject_ids) VALUES
                  ('k1', 'c1', 'members', 'spent', NULL), ('k2', 'c1', 'members', 'unused', '["s1"]'),
                  ('k3', 'c1', 'members', 'voided', NULL), ('k4', 'c1', 'masses', 'spent', NULL),
                  ('k5', 'c1', 'masses', 'spent', NULL);
                """, transaction: transaction, cancellationToken: token)));
        }

        await using (var database = new SqliteDatabase(directory.Path))
        {
            Assert.Equal(embedded.LatestVersion - 4, await database.ApplyMigrationsAsync());
            var counts = await database.ReadAsync((connection, _) => connection.QueryAsync<(string Group, long Issued, long Spent, long Voided)>(
                "SELECT group_key, issued, spent, voided FROM code_counts WHERE campaign_id = 'c1' ORDER BY group_key"));
            Assert.Equal([("masses", 2L, 2L, 0L), ("members", 3L, 1L, 1L)], counts.ToArray());

            var codes = await database.ReadAsync((connection, _) => connection.QueryAsync<(string Key, string State, string? Subjects)>(
                "SELECT lookup_key, state, subject_ids FROM ballot_codes ORDER BY lookup_key"));
            Assert.Equal(
                [("k1", "spent", null), ("k2", "unused", "[\"s1\"]"), ("k3", "voided", null), ("k4", "spent", null), ("k5", "spent", null)],
                codes.ToArray());

            // WITHOUT ROWID: a spend rewrites the row where its key sorts, and nothing else but the counts.
            var ddl = await database.ReadAsync((connection, _) => connection.ExecuteScalarAsync<string>(
                "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'ballot_codes'"));
            Assert.Contains("WITHOUT ROWID", ddl, StringComparison.Ordinal);
        }
    }
}

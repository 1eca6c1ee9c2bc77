using System.Security.Cryptography;
using System.Text;
using Appraisal.Core.Ballots;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.Core.Tally;
using Appraisal.Core.Tests.Plugins;
using Appraisal.PluginApi.Ballots;
using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Appraisal.Core.Tests.Tally;

/// <summary>
/// <see cref="TallyService.ReadBallotsAsync"/> reads SQLite through the native statement and decodes batches of
/// sheets in parallel: it must return every sheet of the campaign, decoded, in stored order, and fail on a sheet that
/// does not decode as a sequential read would.
/// </summary>
public sealed class TallyReadingTests : IAsyncLifetime
{
    private const string Campaign = "c-tally";
    private const int Sheets = 5000; // many batches of the parallel decoder

    private readonly TestDirectory _directory = new();
    private SqliteDatabase _database = null!;
    private PluginCatalog _catalog = null!;

    public async Task InitializeAsync()
    {
        _database = new SqliteDatabase(_directory.Path);
        await _database.MigrateAsync();
        _catalog = new PluginCatalog(
            new PluginCatalogOptions { StagingDirectory = _directory.Combine("staging"), Watch = false },
            new InMemoryPluginStateStore(),
            NullLogger<PluginCatalog>.Instance);
        await _database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            """
            INSERT INTO campaigns (id, type_key, title, status, test_mode, min_cell_size, questionnaire, settings, created_on, revision)
            VALUES (@Campaign, 'any', 'tally', 'closed', 0, 3, '{}', '{}', '2026-11-22', 1);
            INSERT INTO campaigns (id, type_key, title, status, test_mode, min_cell_size, questionnaire, settings, created_on, revision)
            VALUES ('c-other', 'any', 'other', 'closed', 0, 3, '{}', '{}', '2026-11-22', 1);
            INSERT INTO box_state (campaign_id, casts, sheets, head) VALUES (@Campaign, @Sheets, @Sheets, zeroblob(32));
            """,
            new { Campaign, Sheets }, transaction));
    }

    public async Task DisposeAsync()
    {
        await _catalog.DisposeAsync();
        await _database.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Every_sheet_of_the_campaign_comes_back_decoded_in_stored_order()
    {
        var random = new Random(7);
        await InsertAsync(Campaign, Enumerable.Range(0, Sheets).Select(i => (i % 7 == 0 ? "members" : "masses", Sheet(random, i))));
        await InsertAsync("c-other", Enumerable.Range(0, 300).Select(i => ("members", Sheet(random, i))));

        var (casts, ballots) = await new TallyService(_database, _catalog).ReadBallotsAsync(Campaign);

        var stored = await StoredAsync(Campaign);
        Assert.Equal(Sheets, casts);
        Assert.Equal(stored.Count, ballots.Count);
        for (var i = 0; i < stored.Count; i++)
        {
            Assert.Equal(stored[i].Group, ballots[i].RaterGroup);
            var expected = BallotSheetCodec.Decode(stored[i].Answers);
            Assert.Equal(expected.Count, ballots[i].Answers.Count);
            for (var j = 0; j < expected.Count; j++)
            {
                Assert.Equal(expected[j].ItemKey, ballots[i].Answers[j].ItemKey);
                Assert.Equal(expected[j].SubjectId, ballots[i].Answers[j].SubjectId);
                Assert.Equal(expected[j].OptionKeys, ballots[i].Answers[j].OptionKeys);
                Assert.Equal(expected[j].Text, ballots[i].Answers[j].Text);
            }
        }

        // One string per group for the whole box.
        Assert.Single(ballots.Where(b => b.RaterGroup == "members").Select(b => b.RaterGroup).Distinct(ReferenceEqualityComparer.Instance));
    }

    [Fact]
    public async Task A_sheet_that_does_not_decode_fails_the_read_with_its_format_error()
    {
        var random = new Random(8);
        await InsertAsync(Campaign, Enumerable.Range(0, Sheets).Select(i => ("masses", i == 3210 ? Encoding.UTF8.GetBytes("""[["attitude",""") : Sheet(random, i))));

        var error = await Assert.ThrowsAsync<FormatException>(() => new TallyService(_database, _catalog).ReadBallotsAsync(Campaign));
        Assert.Contains("ballot sheet", error.Message);
    }

    [Fact]
    public async Task An_empty_box_reads_as_no_ballots()
    {
        var (casts, ballots) = await new TallyService(_database, _catalog).ReadBallotsAsync(Campaign);
        Assert.Equal(Sheets, casts); // the count box_state holds; no sheets were inserted in this test
        Assert.Empty(ballots);
    }

    [Fact]
    public async Task A_cancelled_read_throws_OperationCanceled()
    {
        var random = new Random(9);
        await InsertAsync(Campaign, Enumerable.Range(0, Sheets).Select(i => ("masses", Sheet(random, i))));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new TallyService(_database, _catalog).ReadBallotsAsync(Campaign, cancelled.Token));
    }

    /// <summary>A canonical sheet mostly; every 50th spelled with escapes and spaces, as another writer might.</summary>
    private static byte[] Sheet(Random random, int i)
    {
        string[] options = ["satisfied", "fairly-satisfied", "unknown", "dissatisfied"];
        var answers = new List<Answer>();
        foreach (var subject in new[] { "a1", "a2", "单位三" })
        {
            foreach (var item in new[] { "attitude", "conduct", "lawful" })
            {
                answers.Add(new Answer(item, subject, [options[random.Next(options.Length)]]));
            }

            if (random.Next(5) == 0)
            {
                answers.Add(new Answer("suggestions", subject, [], $"建议 #{i} \"引号\""));
            }
        }

        return i % 50 == 0
            ? Encoding.UTF8.GetBytes($$"""[ ["\u0061ttitude", null, ["satisfied", "unknown"], "第{{i}}张"] ]""")
            : BallotSheetCodec.Encode(answers);
    }

    private Task InsertAsync(string campaign, IEnumerable<(string Group, byte[] Answers)> sheets) =>
        _database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            "INSERT INTO ballots (campaign_id, ballot_id, group_key, answers, digest) VALUES (@campaign, @id, @Group, @Answers, @digest)",
            sheets.Select(s => new { campaign, id = RandomNumberGenerator.GetBytes(16), s.Group, s.Answers, digest = new byte[32] }),
            transaction));

    private async Task<List<(string Group, byte[] Answers)>> StoredAsync(string campaign)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.FilePath};Mode=ReadOnly");
        await connection.OpenAsync();
        return [.. await connection.QueryAsync<(string, byte[])>(
            "SELECT group_key, answers FROM ballots WHERE campaign_id = @campaign", new { campaign })];
    }
}

using System.Text.Json;
using Appraisal.Core.Security;
using Appraisal.Core.Storage;
using Appraisal.Core.Tests.Storage.Backends;
using Dapper;
using System.Data.Common;

namespace Appraisal.Core.Tests.Security;

public abstract class AuditLogTests(string provider) : IAsyncLifetime
{
    private static readonly Caller Organizer = new(Role.Organizer, "account-1", "王丽");

    private StorageBackend _backend = null!;
    private readonly ManualTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 30, 15, 500, TimeSpan.FromHours(8)));
    private IAppraisalDatabase _database = null!;
    private AuditLog _log = null!;

    public async Task InitializeAsync()
    {
        _backend = await StorageBackend.CreateAsync(provider);
        _database = await _backend.OpenAsync();
        _log = new AuditLog(_database, _time);
    }

    public async Task DisposeAsync()
    {
        await _backend.DisposeAsync();
    }

    [Fact]
    public async Task Appended_entries_read_back_newest_first_with_UTC_seconds_and_JSON_detail()
    {
        var first = await _log.AppendAsync(Organizer, "campaign.create", "campaign-a", new { Title = "2026 年度考核", Raters = 120 });
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = await _log.AppendAsync(Caller.AdminKeyHolder, "account.disable", null, detail: null);

        var records = await _log.ReadAsync(campaignId: null, limit: 10);

        Assert.Equal([2L, 1L], records.Select(record => record.Seq));
        Assert.Equal((1L, 2L), (first, second));
        Assert.Equal(new AuditRecord(2, new DateTimeOffset(2026, 3, 1, 1, 31, 15, TimeSpan.Zero), "admin-key", "account.disable", null, null), records[0]);
        var created = records[1];
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 1, 30, 15, TimeSpan.Zero), created.At);
        Assert.Equal("account-1", created.Actor);
        Assert.Equal("campaign.create", created.Action);
        Assert.Equal("campaign-a", created.CampaignId);
        using var detail = JsonDocument.Parse(created.Detail!);
        Assert.Equal("2026 年度考核", detail.RootElement.GetProperty("Title").GetString());
        Assert.Equal(120, detail.RootElement.GetProperty("Raters").GetInt32());
        Assert.Equal("2026-03-01T01:30:15Z", await ReadScalarAsync<string>("SELECT at FROM audit_log WHERE seq = 1"));
    }

    [Fact]
    public async Task Reading_filters_by_campaign_and_honours_the_limit()
    {
        await _log.AppendAsync(Organizer, "campaign.create", "campaign-a", null);
        await _log.AppendAsync(Organizer, "campaign.create", "campaign-b", null);
        await _log.AppendAsync(Organizer, "campaign.open", "campaign-a", null);
        await _log.AppendAsync(Organizer, "campaign.close", "campaign-a", null);

        var ofA = await _log.ReadAsync("campaign-a", limit: 2);

        Assert.Equal([4L, 3L], ofA.Select(record => record.Seq));
        Assert.Equal([2L], (await _log.ReadAsync("campaign-b", limit: 10)).Select(record => record.Seq));
        Assert.Empty(await _log.ReadAsync("campaign-c", limit: 10));
        Assert.Equal(4, (await _log.ReadAsync(null, limit: AuditLog.MaxReadLimit)).Count);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _log.ReadAsync(null, limit: 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _log.ReadAsync(null, limit: AuditLog.MaxReadLimit + 1));
    }

    [Fact]
    public async Task Anonymous_callers_and_empty_actions_are_not_recorded()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _log.AppendAsync(Caller.Anonymous, "campaign.create", null, null));
        await Assert.ThrowsAsync<ArgumentException>(() => _log.AppendAsync(Organizer, " ", null, null));

        Assert.Empty(await _log.ReadAsync(null, limit: 10));
    }

    [Theory]
    [InlineData("UPDATE audit_log SET action = 'nothing happened'", "rows cannot be updated")]
    [InlineData("UPDATE audit_log SET detail = NULL WHERE seq = 1", "rows cannot be updated")]
    [InlineData("DELETE FROM audit_log WHERE seq = 1", "rows cannot be deleted")]
    [InlineData("DELETE FROM audit_log", "rows cannot be deleted")]
    public async Task The_database_refuses_to_change_or_delete_rows(string sql, string expected)
    {
        await _log.AppendAsync(Organizer, "campaign.create", "campaign-a", new { Title = "x" });
        var before = await _log.ReadAsync(null, limit: 10);

        var error = await Assert.ThrowsAnyAsync<DbException>(() => _database.WriteAsync(
            (connection, transaction, _) => connection.ExecuteAsync(sql, transaction: transaction)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await _log.ReadAsync(null, limit: 10));
    }

    [Fact]
    public async Task An_entry_appended_inside_a_write_commits_with_it()
    {
        var entry = _log.CreateEntry(Caller.AdminKeyHolder, "settings.change", null, new { Key = "theme" });

        var seq = await _database.WriteAsync(async (connection, transaction, token) =>
        {
            await connection.ExecuteAsync(
                "INSERT INTO settings (key, value) VALUES ('theme', 'dark')", transaction: transaction);
            return await AuditLog.AppendAsync(connection, transaction, entry, token);
        });

        Assert.Equal(1, seq);
        Assert.Equal("dark", await new SettingsStore(_database).GetAsync("theme"));
        Assert.Equal("settings.change", Assert.Single(await _log.ReadAsync(null, limit: 10)).Action);
    }

    [Fact]
    public async Task An_entry_appended_inside_a_failing_write_rolls_back_with_it()
    {
        await _log.AppendAsync(Organizer, "campaign.create", "campaign-a", null);
        var entry = _log.CreateEntry(Caller.AdminKeyHolder, "settings.change", null, new { Key = "theme" });

        await Assert.ThrowsAsync<InvalidOperationException>(() => _database.WriteAsync<long>(async (connection, transaction, token) =>
        {
            await AuditLog.AppendAsync(connection, transaction, entry, token);
            await connection.ExecuteAsync(
                "INSERT INTO settings (key, value) VALUES ('theme', 'dark')", transaction: transaction);
            throw new InvalidOperationException("the admin action failed after its audit row was written");
        }));

        Assert.Null(await new SettingsStore(_database).GetAsync("theme"));
        Assert.Equal([1L], (await _log.ReadAsync(null, limit: 10)).Select(record => record.Seq));

        // The chain continues from the last committed row, not from the rolled-back one.
        Assert.Equal(2, await _log.AppendAsync(Organizer, "campaign.open", "campaign-a", null));
        Assert.Null(await _log.VerifyAsync());
    }

    [Fact]
    public async Task Detail_that_is_not_JSON_is_refused_by_the_database()
    {
        var entry = new AuditEntry(_time.Now, "account-1", "campaign.create", null, "{not json");

        await Assert.ThrowsAnyAsync<DbException>(() => _database.WriteAsync(
            (connection, transaction, token) => AuditLog.AppendAsync(connection, transaction, entry, token)));
        Assert.Empty(await _log.ReadAsync(null, limit: 10));
    }

    [Fact]
    public async Task Concurrent_appends_get_consecutive_seqs_and_an_intact_chain()
    {
        var appends = Enumerable.Range(0, 100)
            .Select(i => Task.Run(() => _log.AppendAsync(Organizer, "campaign.note", $"campaign-{i % 7}", new { i })))
            .ToArray();

        var seqs = await Task.WhenAll(appends);

        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), seqs.Order());
        Assert.Null(await _log.VerifyAsync());
    }

    [Fact]
    public async Task An_empty_log_verifies()
    {
        Assert.Null(await _log.VerifyAsync());
    }

    [Theory]
    [InlineData("UPDATE audit_log SET detail = '{\"Title\":\"forged\"}' WHERE seq = 2", 2)]
    [InlineData("UPDATE audit_log SET actor = 'account-2' WHERE seq = 1", 1)]
    [InlineData("UPDATE audit_log SET campaign_id = NULL WHERE seq = 3", 3)]
    [InlineData("UPDATE audit_log SET at = '2026-03-01T01:30:16Z' WHERE seq = 2", 2)]
    [InlineData("UPDATE audit_log SET hash = upper(hash) WHERE seq = 2", 2)]
    [InlineData("DELETE FROM audit_log WHERE seq = 2", 3)]
    [InlineData("DELETE FROM audit_log WHERE seq = 1", 2)]
    [InlineData("UPDATE audit_log SET seq = seq + 10 WHERE seq = 3", 13)]
    public async Task Verification_finds_the_first_row_edited_behind_the_triggers_back(string tampering, long firstBroken)
    {
        await _log.AppendAsync(Organizer, "campaign.create", "campaign-a", new { Title = "real" });
        await _log.AppendAsync(Organizer, "campaign.open", "campaign-a", new { Title = "real" });
        await _log.AppendAsync(Organizer, "campaign.close", "campaign-a", null);
        Assert.Null(await _log.VerifyAsync());

        // What someone with the file and the sqlite3 shell (or the database owner's psql) could do.
        var onTable = _database.Provider == "postgres" ? " ON audit_log" : "";
        await _database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(
            $"""
            DROP TRIGGER audit_log_no_update{onTable};
            DROP TRIGGER audit_log_no_delete{onTable};
            {tampering};
            """,
            transaction: transaction));

        Assert.Equal(firstBroken, await _log.VerifyAsync());
    }

    [Fact]
    public void The_chain_hash_tells_null_from_empty_and_keeps_fields_apart()
    {
        var genesis = AuditLog.GenesisHash;
        var reference = AuditLog.ComputeHash(genesis, 1, "2026-03-01T00:00:00Z", "ab", "c", null, null);

        Assert.NotEqual(reference, AuditLog.ComputeHash(genesis, 1, "2026-03-01T00:00:00Z", "a", "bc", null, null));
        Assert.NotEqual(reference, AuditLog.ComputeHash(genesis, 1, "2026-03-01T00:00:00Z", "ab", "c", "", null));
        Assert.NotEqual(reference, AuditLog.ComputeHash(genesis, 2, "2026-03-01T00:00:00Z", "ab", "c", null, null));
        Assert.Equal(reference, AuditLog.ComputeHash(genesis, 1, "2026-03-01T00:00:00Z", "ab", "c", null, null));
    }

    private Task<T?> ReadScalarAsync<T>(string sql) =>
        _database.ReadAsync((connection, _) => connection.ExecuteScalarAsync<T?>(sql));
}

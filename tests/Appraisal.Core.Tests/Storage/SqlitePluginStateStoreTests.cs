using System.Text.Json;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.Core.Tests.Storage.Backends;
using Dapper;

namespace Appraisal.Core.Tests.Storage;

public abstract class SqlitePluginStateStoreTests(string provider) : IAsyncLifetime
{
    private StorageBackend _backend = null!;
    private readonly SettableTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero));
    private IAppraisalDatabase _database = null!;
    private SqlitePluginStateStore _store = null!;

    public async Task InitializeAsync()
    {
        _backend = await StorageBackend.CreateAsync(provider);
        _database = await _backend.OpenAsync();
        _store = new SqlitePluginStateStore(_database, _time);
    }

    public async Task DisposeAsync()
    {
        await _backend.DisposeAsync();
    }

    [Fact]
    public async Task Disabled_plugin_ids_round_trip()
    {
        await _store.SetDisabledAsync("satisfaction", disabled: true);
        await _store.SetDisabledAsync("satisfaction", disabled: true);
        await _store.SetDisabledAsync("democratic-review", disabled: true);
        await _store.SetDisabledAsync("democratic-review", disabled: false);
        await _store.SetDisabledAsync("never-disabled", disabled: false);

        var disabled = await _store.GetDisabledAsync();

        Assert.Equal(["satisfaction"], disabled);
    }

    [Fact]
    public async Task Save_records_each_version_and_the_next_save_replaces_only_the_versions_it_names()
    {
        var v1 = new PluginEntry("satisfaction", "Satisfaction", "1.0.0", PluginStatus.Active, null,
            "/plugins/satisfaction-1.0.0", ["satisfaction-5", "satisfaction-nps"], Bundled: true);
        var v2 = new PluginEntry("satisfaction", "Satisfaction", "2.0.0", PluginStatus.Malfunctioned,
            "Smoke test threw InvalidOperationException.", "/data/plugins/satisfaction-2.0.0", [], Bundled: false);
        await _store.SaveAsync([v1, v2]);
        var firstSave = _time.GetUtcNow();

        _time.Now = firstSave.AddMinutes(5);
        await _store.SaveAsync([v1 with { Status = PluginStatus.Superseded, LastError = "2.0.0 is newer" }]);

        var rows = (await ReadRowsAsync()).ToDictionary(row => row.Version);
        Assert.Equal(2, rows.Count);
        AssertRow(v1 with { Status = PluginStatus.Superseded, LastError = "2.0.0 is newer" }, _time.Now, rows["1.0.0"]);
        AssertRow(v2, firstSave, rows["2.0.0"]);
    }

    private static void AssertRow(PluginEntry expected, DateTimeOffset savedAt, StoredPluginState row)
    {
        Assert.Equal(expected.Id, row.PluginId);
        Assert.Equal(expected.Status.ToString(), row.Status);
        Assert.Equal(expected.LastError, row.LastError);
        Assert.Equal(expected.Source, row.Source);
        Assert.Equal(expected.Bundled, row.Bundled == 1);
        Assert.Equal(expected.AppraisalTypes, JsonSerializer.Deserialize<string[]>(row.AppraisalTypes));
        Assert.Equal(savedAt, DateTimeOffset.Parse(row.UpdatedAt, System.Globalization.CultureInfo.InvariantCulture));
    }

    private Task<IEnumerable<StoredPluginState>> ReadRowsAsync() =>
        _database.ReadAsync((connection, _) => connection.QueryAsync<StoredPluginState>(
            """
            SELECT plugin_id AS PluginId, version AS Version, status AS Status, last_error AS LastError,
                   source AS Source, CAST(CASE WHEN bundled THEN 1 ELSE 0 END AS bigint) AS Bundled, appraisal_types AS AppraisalTypes, updated_at AS UpdatedAt
            FROM plugin_state
            """));

    private sealed record StoredPluginState(
        string PluginId, string Version, string Status, string? LastError, string Source, long Bundled,
        string AppraisalTypes, string UpdatedAt);

    private sealed class SettableTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}

using Appraisal.Core.Storage;

namespace Appraisal.Core.Tests.Storage;

public sealed class SettingsStoreTests : IAsyncLifetime
{
    private readonly TestDirectory _directory = new();
    private SqliteDatabase _database = null!;
    private SettingsStore _settings = null!;

    public async Task InitializeAsync()
    {
        _database = new SqliteDatabase(_directory.Path);
        await _database.MigrateAsync();
        _settings = new SettingsStore(_database);
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task A_missing_key_reads_as_null_and_set_replaces_the_value()
    {
        Assert.Null(await _settings.GetAsync("theme"));

        await _settings.SetAsync("theme", "light");
        await _settings.SetAsync("theme", "dark");

        Assert.Equal("dark", await _settings.GetAsync("theme"));
    }

    [Fact]
    public async Task TryAdd_keeps_the_first_value()
    {
        Assert.True(await _settings.TryAddAsync("admin-key-hash", "first"));
        Assert.False(await _settings.TryAddAsync("admin-key-hash", "second"));

        Assert.Equal("first", await _settings.GetAsync("admin-key-hash"));
    }

    [Fact]
    public async Task Concurrent_TryAdd_lets_exactly_one_caller_win()
    {
        var attempts = Enumerable.Range(0, 50)
            .Select(i => Task.Run(async () => (Value: $"value {i}", Added: await _settings.TryAddAsync("admin-key-hash", $"value {i}"))))
            .ToArray();
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, result => result.Added);
        Assert.Equal(winner.Value, await _settings.GetAsync("admin-key-hash"));
    }
}

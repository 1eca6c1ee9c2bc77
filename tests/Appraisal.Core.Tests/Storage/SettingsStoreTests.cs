using Appraisal.Core.Storage;
using Appraisal.Core.Tests.Storage.Backends;

namespace Appraisal.Core.Tests.Storage;

public abstract class SettingsStoreTests(string provider) : IAsyncLifetime
{
    private StorageBackend _backend = null!;
    private IAppraisalDatabase _database = null!;
    private SettingsStore _settings = null!;

    public async Task InitializeAsync()
    {
        _backend = await StorageBackend.CreateAsync(provider);
        _database = await _backend.OpenAsync();
        _settings = new SettingsStore(_database);
    }

    public async Task DisposeAsync()
    {
        await _backend.DisposeAsync();
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

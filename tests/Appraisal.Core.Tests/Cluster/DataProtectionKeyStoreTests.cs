using Appraisal.Core.Storage;
using Appraisal.Core.Tests.Security;

namespace Appraisal.Core.Tests.Cluster;

public sealed class DataProtectionKeyStoreTests : IAsyncLifetime
{
    private readonly ClusterDatabase _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Keys_are_listed_oldest_first_and_a_second_key_of_one_name_is_ignored()
    {
        var time = new ManualTimeProvider(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero));
        var keys = new DataProtectionKeyStore(_store.Database, time);
        Assert.Empty(await keys.ListAsync());

        await keys.AddAsync("key-b", "<key id=\"b\" />");
        time.Advance(TimeSpan.FromSeconds(1));
        await keys.AddAsync("key-a", "<key id=\"a\" />");
        await keys.AddAsync("key-b", "<key id=\"other\" />");

        Assert.Equal(["<key id=\"b\" />", "<key id=\"a\" />"], await keys.ListAsync());
    }

    [Fact]
    public async Task A_second_store_over_the_same_database_reads_the_same_keys()
    {
        await new DataProtectionKeyStore(_store.Database).AddAsync("key-1", "<key id=\"1\" />");

        Assert.Equal(["<key id=\"1\" />"], await new DataProtectionKeyStore(_store.Database).ListAsync());
    }
}

using Appraisal.Core.Security;
using Appraisal.Core.Tests.Storage.Backends;

namespace Appraisal.Core.Tests.Cluster;

public sealed class ClusterStorageTestsOnSqlite : ClusterStorageTests
{
    protected override Task<StorageBackend> CreateBackendAsync() => Task.FromResult<StorageBackend>(new SqliteBackend());

    [Fact]
    public async Task The_login_limit_stays_in_memory_a_token_bucket_as_before()
    {
        var limiter = new SharedAttemptLimiter(Database, "login", TenAMinute, Time);

        Assert.False(limiter.Shared);
        Assert.Equal(10, await CountAllowedAsync(limiter, "alice", 15));
        Time.Advance(TimeSpan.FromSeconds(6));      // one permit back every 6 s
        Assert.Equal(1, await CountAllowedAsync(limiter, "alice", 5));
        Assert.Equal(0, await new RateCounterStore(Database).CountRowsAsync());
    }
}

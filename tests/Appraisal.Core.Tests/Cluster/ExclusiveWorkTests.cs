using Appraisal.Core.Storage;

namespace Appraisal.Core.Tests.Cluster;

/// <summary>On SQLite (one host) work of one name runs one caller at a time; other names are not held up.</summary>
public sealed class ExclusiveWorkTests : IAsyncLifetime
{
    private readonly ClusterDatabase _store = new();

    public Task InitializeAsync() => _store.InitializeAsync();

    public Task DisposeAsync() => _store.DisposeAsync();

    [Fact]
    public async Task Work_of_one_name_never_overlaps_and_every_caller_runs_it()
    {
        var work = new ExclusiveWork(_store.Database);
        var running = 0;
        var most = 0;
        var runs = 0;

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => work.RunAsync("seed", async token =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(20, token);
            Interlocked.Decrement(ref running);
            return Interlocked.Increment(ref runs);
        }))));

        Assert.Equal(1, most);
        Assert.Equal(8, runs);
    }

    [Fact]
    public async Task Work_of_another_name_runs_while_the_first_is_held()
    {
        var work = new ExclusiveWork(_store.Database);
        var release = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var held = work.RunAsync("demo-data", _ => release.Task);

        var other = await work.RunAsync("admin-key", _ => Task.FromResult("ran")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("ran", other);
        Assert.False(held.IsCompleted);
        release.SetResult(true);
        Assert.True(await held);
    }

    [Fact]
    public async Task A_failing_run_releases_the_lock()
    {
        var work = new ExclusiveWork(_store.Database);

        await Assert.ThrowsAsync<InvalidOperationException>(() => work.RunAsync<int>("seed", _ => throw new InvalidOperationException("boom")));

        Assert.Equal(2, await work.RunAsync("seed", _ => Task.FromResult(2)).WaitAsync(TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public void The_advisory_lock_number_depends_only_on_the_name()
    {
        Assert.Equal(ExclusiveWork.LockKey("demo-data"), ExclusiveWork.LockKey("demo-data"));
        Assert.NotEqual(ExclusiveWork.LockKey("demo-data"), ExclusiveWork.LockKey("admin-key"));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}

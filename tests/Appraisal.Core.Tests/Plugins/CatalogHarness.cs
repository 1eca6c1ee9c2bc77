using System.Diagnostics;
using Appraisal.Core.Plugins;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>
/// A plugin catalog over a temporary drop folder (and, when asked, the bundled plugins), with short timeouts,
/// an in-memory state store and a logger the test can read. Each test builds its own.
/// </summary>
internal sealed class CatalogHarness : IAsyncDisposable
{
    private int _changes;

    public CatalogHarness(
        ITestOutputHelper output,
        bool watch = false,
        bool withBundled = false,
        TimeSpan? pollInterval = null,
        TimeSpan? callTimeout = null,
        TimeSpan? smokeTestTimeout = null,
        InMemoryPluginStateStore? store = null)
    {
        Directory.CreateDirectory(Drop);
        Store = store ?? new InMemoryPluginStateStore();
        Logger = new TestLogger<PluginCatalog>(output);
        var sources = new List<PluginSource> { new(Drop, Bundled: false) };
        if (withBundled)
        {
            sources.Insert(0, new PluginSource(PluginFolders.Bundled, Bundled: true));
        }

        Catalog = new PluginCatalog(
            new PluginCatalogOptions
            {
                Sources = sources,
                StagingDirectory = Root.Combine("staging"),
                Watch = watch,
                Debounce = TimeSpan.FromMilliseconds(150),
                PollInterval = pollInterval ?? TimeSpan.FromSeconds(1),
                CallTimeout = callTimeout ?? TimeSpan.FromSeconds(5),
                SmokeTestTimeout = smokeTestTimeout ?? TimeSpan.FromSeconds(5),
                UnloadLeaseTimeout = TimeSpan.FromSeconds(1),
            },
            Store,
            Logger);
        Catalog.Changed += (_, _) => Interlocked.Increment(ref _changes);
    }

    public TestDirectory Root { get; } = new();

    public string Drop => Root.Combine("drop");

    public InMemoryPluginStateStore Store { get; }

    public TestLogger<PluginCatalog> Logger { get; }

    public PluginCatalog Catalog { get; }

    /// <summary>How often <see cref="PluginCatalog.Changed"/> was raised.</summary>
    public int Changes => Volatile.Read(ref _changes);

    public string DropFolder(string name) => Path.Combine(Drop, name);

    public PluginEntry Entry(string id, string? version = null) =>
        Catalog.Plugins.Single(e => e.Id == id && (version is null || e.Version == version));

    public PluginEntry? FindEntry(string id, string? version = null) =>
        Catalog.Plugins.SingleOrDefault(e => e.Id == id && (version is null || e.Version == version));

    public Task StartAsync() => Catalog.StartAsync();

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with the catalog's log after <paramref name="timeout"/>.</summary>
    public async Task<TimeSpan> WaitUntilAsync(Func<bool> condition, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                Assert.Fail($"Timed out after {timeout.TotalSeconds} s waiting until {what}. Entries: " +
                    string.Join("; ", Catalog.Plugins.Select(e => $"{e.Id} {e.Version} {e.Status} {e.LastError}")) +
                    "\nLog:\n" + string.Join("\n", Logger.Lines));
            }

            await Task.Delay(25);
        }

        return clock.Elapsed;
    }

    public async ValueTask DisposeAsync()
    {
        await Catalog.DisposeAsync();
        Root.Dispose();
    }
}

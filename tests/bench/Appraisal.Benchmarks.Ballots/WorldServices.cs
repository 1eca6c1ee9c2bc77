using Appraisal.Core.Campaigns;
using Appraisal.Core.Plugins;
using Appraisal.Core.Storage;
using Appraisal.Core.Tally;
using Microsoft.Extensions.Logging.Abstractions;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// Core's services over one data directory, wired as <c>AddAppraisalCore</c> wires them in the host: the SQLite
/// database, the plugin catalog over the bundled 人民满意机关 plugin with its state in that database, the tally and
/// the campaign rules. The catalog stages its copy of the plugin in a folder of this process's own, so several
/// benchmark processes can open the same world.
/// </summary>
internal sealed class WorldServices : IAsyncDisposable
{
    private readonly string _staging;

    private WorldServices(SqliteDatabase database, PluginCatalog catalog, string staging)
    {
        Database = database;
        Catalog = catalog;
        _staging = staging;
        Tally = new TallyService(database, catalog);
        Campaigns = new CampaignService(database, catalog, Tally, TimeProvider.System);
    }

    public SqliteDatabase Database { get; }

    public PluginCatalog Catalog { get; }

    public TallyService Tally { get; }

    public CampaignService Campaigns { get; }

    /// <summary>
    /// The host waits at most this long for a plugin call (<see cref="PluginCatalogOptions.CallTimeout"/>) and then
    /// marks the plugin Malfunctioned. The benchmark waits longer so it measures a slow tally instead of failing it;
    /// <see cref="QuickCheck"/> says when a tally took longer than the host would have waited.
    /// </summary>
    public static TimeSpan HostCallTimeout { get; } = new PluginCatalogOptions { StagingDirectory = "unused" }.CallTimeout;

    /// <summary>Opens (creating and migrating if need be) the database in <paramref name="dataDirectory"/> and loads the plugin.</summary>
    public static async Task<WorldServices> StartAsync(string dataDirectory)
    {
        var database = new SqliteDatabase(dataDirectory);
        var staging = Path.Combine(Path.GetTempPath(), $"appraisal-bench-{Environment.ProcessId}-{Guid.NewGuid():N}");
        PluginCatalog? catalog = null;
        try
        {
            await database.MigrateAsync();
            catalog = new PluginCatalog(
                new PluginCatalogOptions
                {
                    Sources = [new PluginSource(BenchPaths.BundledPlugins, Bundled: true)],
                    StagingDirectory = staging,
                    Watch = false,
                    CallTimeout = TimeSpan.FromMinutes(10),
                },
                new SqlitePluginStateStore(database),
                NullLogger<PluginCatalog>.Instance);
            await catalog.StartAsync();
            if (catalog.AppraisalTypes.All(t => t.Key != AgencyRoster.TypeKey))
            {
                throw new InvalidOperationException(
                    $"The plugin serving '{AgencyRoster.TypeKey}' did not load from {BenchPaths.BundledPlugins}: " +
                    string.Join("; ", catalog.Plugins.Select(p => $"{p.Id} {p.Version} {p.Status} {p.LastError}")));
            }

            return new WorldServices(database, catalog, staging);
        }
        catch
        {
            if (catalog is not null)
            {
                await catalog.DisposeAsync();
            }

            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Catalog.DisposeAsync();
        await Database.DisposeAsync();
        try
        {
            Directory.Delete(_staging, recursive: true);
        }
        catch (IOException)
        {
            // A staged copy left in the temp folder is harmless.
        }
    }
}

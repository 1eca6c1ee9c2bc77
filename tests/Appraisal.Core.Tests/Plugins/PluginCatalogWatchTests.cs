using System.Runtime.CompilerServices;
using Appraisal.Core.Plugins;
using Appraisal.PluginApi.Reports;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>A running catalog follows its watched drop folder: no rescan is ever called here.</summary>
public sealed class PluginCatalogWatchTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_plugin_dropped_into_the_watched_folder_becomes_active_within_5_seconds()
    {
        // The poll backstop is far away, so only the file system watcher can notice the drop in time.
        await using var harness = new CatalogHarness(output, watch: true, pollInterval: TimeSpan.FromMinutes(5));
        await harness.StartAsync();
        Assert.Empty(harness.Catalog.Plugins);

        PluginFolders.WriteTestPlugin(harness.DropFolder("dropped"));
        var took = await harness.WaitUntilAsync(() => harness.FindEntry("test.plugin")?.Status == PluginStatus.Active,
            TimeSpan.FromSeconds(5), "the dropped plugin is active");

        output.WriteLine($"Active after {took.TotalMilliseconds:0} ms.");
        Assert.Equal("test-type", harness.Catalog.AppraisalTypes.Single().Key);
        Assert.True(harness.Changes >= 1);
    }

    [Fact]
    public async Task A_half_written_plugin_folder_becomes_active_once_complete()
    {
        await using var harness = new CatalogHarness(output, watch: true, pollInterval: TimeSpan.FromMinutes(5));
        await harness.StartAsync();

        var folder = PluginFolders.WriteTestPlugin(harness.DropFolder("arriving"), withEntryAssembly: false);
        await harness.WaitUntilAsync(() => harness.FindEntry("test.plugin")?.LastError?.Contains("not in the folder", StringComparison.Ordinal) == true,
            Patience, "the incomplete folder is judged");
        PluginFolders.AddEntryAssembly(folder);

        await harness.WaitUntilAsync(() => harness.FindEntry("test.plugin")?.Status == PluginStatus.Active,
            TimeSpan.FromSeconds(5), "the completed plugin is active");
    }

    [Fact]
    public async Task A_newer_version_in_a_second_folder_replaces_the_old_one_side_by_side()
    {
        await using var harness = new CatalogHarness(output, watch: true);
        PluginFolders.WriteTestPlugin(harness.DropFolder("plugin-v1"));
        await harness.StartAsync();
        Assert.Equal("test.plugin@1.0.0", await AggregateAsync(harness.Catalog));
        var changes = harness.Changes;

        PluginFolders.WriteTestPluginAtomically(harness.DropFolder("plugin-v2"), new TestPluginManifest(Version: "2.0.0"));
        await harness.WaitUntilAsync(() => harness.FindEntry("test.plugin", "2.0.0")?.Status == PluginStatus.Active,
            Patience, "version 2.0.0 is active");

        Assert.Equal(PluginStatus.Superseded, harness.Entry("test.plugin", "1.0.0").Status);
        Assert.Equal("2.0.0", harness.Catalog.AppraisalTypes.Single().PluginVersion);
        Assert.Equal("Test type 2.0.0", harness.Catalog.AppraisalTypes.Single().Name.En);
        Assert.Equal("test.plugin@2.0.0", await AggregateAsync(harness.Catalog));
        // Changed is raised after the swap is visible, so wait for it rather than read it at once; one swap,
        // one event.
        await harness.WaitUntilAsync(() => harness.Changes > changes, Patience, "the swap raised Changed");
        Assert.Equal(changes + 1, harness.Changes);
        Assert.True(await harness.Catalog.WaitForUnloadAsync("test.plugin", "1.0.0", Patience));
    }

    [Fact]
    public async Task A_folder_replaced_in_place_by_a_newer_version_is_swapped_and_the_old_version_kept_staged()
    {
        await using var harness = new CatalogHarness(output, watch: true);
        var folder = PluginFolders.WriteTestPlugin(harness.DropFolder("plugin"));
        await harness.StartAsync();

        Directory.Delete(folder, recursive: true);
        PluginFolders.WriteTestPlugin(folder, new TestPluginManifest(Version: "1.1.0"));
        await harness.WaitUntilAsync(() => harness.FindEntry("test.plugin", "1.1.0")?.Status == PluginStatus.Active,
            Patience, "version 1.1.0 is active");

        var old = harness.Entry("test.plugin", "1.0.0");
        Assert.Equal(PluginStatus.Superseded, old.Status);
        Assert.Contains("Replaced by version 1.1.0; kept staged", old.LastError);
        Assert.Equal("test.plugin@1.1.0", await AggregateAsync(harness.Catalog));
        Assert.Equal(2, Directory.GetDirectories(Path.Combine(harness.Root.Path, "staging", "test.plugin")).Length);
    }

    [Fact]
    public async Task Removing_a_plugin_folder_unloads_it_and_its_load_context_is_collected()
    {
        await using var harness = new CatalogHarness(output, watch: true);
        var folder = PluginFolders.WriteTestPlugin(harness.DropFolder("plugin"));
        await harness.StartAsync();
        Assert.Equal("test.plugin@1.0.0", await AggregateAsync(harness.Catalog));
        var context = LoadContextOf(harness.Catalog, "test.plugin");
        var snapshots = harness.Catalog.AppraisalTypes;

        Directory.Delete(folder, recursive: true);
        await harness.WaitUntilAsync(() => harness.Catalog.Plugins.Count == 0, Patience, "the removed plugin is gone");

        Assert.Empty(harness.Catalog.AppraisalTypes);
        Assert.True(await harness.Catalog.WaitForUnloadAsync("test.plugin", "1.0.0", Patience));
        for (var round = 0; context.IsAlive && round < 10; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive);
        Assert.Empty(harness.Catalog.UnloadLeaks);
        // Snapshots taken while it was active stay usable: they never pointed into the plugin.
        Assert.Equal("yes-no", snapshots.Single().Templates[0].Questionnaire.Scales[0].Key);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference LoadContextOf(PluginCatalog catalog, string pluginId) =>
        catalog.LoadContextOf(pluginId) ?? throw new InvalidOperationException($"{pluginId} is not active.");

    /// <summary>Runs the aggregator through the guarded call and returns only host data (its <c>id@version</c> string).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task<string?> AggregateAsync(PluginCatalog catalog)
    {
        var questionnaire = catalog.AppraisalTypes.Single().Templates[0].Questionnaire;
        var input = new AggregationInput(questionnaire, [], [], [], new Dictionary<string, string>());
        return catalog.InvokeAsync("test-type", (type, ct) => type.Aggregator.Aggregate(input, ct).Details as string);
    }
}

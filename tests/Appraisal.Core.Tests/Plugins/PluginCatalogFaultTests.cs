using System.Diagnostics;
using Appraisal.Core.Plugins;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>Plugins that throw or hang are contained: marked Malfunctioned, taken out of service, and the host carries on.</summary>
public sealed class PluginCatalogFaultTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_plugin_whose_aggregator_hangs_is_malfunctioned_after_the_smoke_test_timeout()
    {
        await using var harness = new CatalogHarness(output, smokeTestTimeout: TimeSpan.FromSeconds(1));
        PluginFolders.WriteTestPlugin(harness.DropFolder("hangs"),
            new TestPluginManifest(Settings: new Dictionary<string, string> { ["aggregator"] = "hang" }));
        var clock = Stopwatch.StartNew();

        await harness.StartAsync();

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        var entry = harness.Entry("test.plugin");
        Assert.Equal(PluginStatus.Malfunctioned, entry.Status);
        Assert.Equal("The smoke test did not finish within 1 s: the plugin hangs or is far too slow.", entry.LastError);
        // A thread still blocked inside the plugin keeps it loaded: the catalog says so instead of pretending.
        Assert.False(await harness.Catalog.WaitForUnloadAsync("test.plugin", "1.0.0", TimeSpan.FromSeconds(15)));
        Assert.Contains("test.plugin@1.0.0", harness.Catalog.UnloadLeaks);
        Assert.Contains(harness.Logger.Lines, l => l.Contains("test.plugin@1.0.0: unload leak", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_guarded_call_that_throws_marks_the_plugin_malfunctioned_and_the_others_keep_answering()
    {
        await using var harness = new CatalogHarness(output);
        PluginFolders.WriteTestPlugin(harness.DropFolder("flaky"), new TestPluginManifest(Id: "test.flaky", TypeKey: "flaky",
            Settings: new Dictionary<string, string> { ["throwAfterCalls"] = "1" }));
        PluginFolders.WriteTestPlugin(harness.DropFolder("steady"), new TestPluginManifest(Id: "test.steady", TypeKey: "steady"));
        await harness.StartAsync();
        Assert.Equal(2, harness.Catalog.AppraisalTypes.Count);
        var (revision, changes) = (harness.Catalog.Revision, harness.Changes);

        var failure = await Assert.ThrowsAsync<PluginCallException>(() => AggregateAsync(harness.Catalog, "flaky"));

        Assert.Equal("The plugin test.flaky@1.0.0 failed during a call for the appraisal type \"flaky\": it threw " +
            "System.InvalidOperationException: The test aggregator was told to throw (call 2). It is marked Malfunctioned " +
            "and no longer serves its appraisal types.", failure.Message);
        Assert.Equal(("flaky", "test.flaky", "1.0.0"), (failure.AppraisalTypeKey, failure.PluginId, failure.PluginVersion));
        Assert.Equal(PluginStatus.Malfunctioned, harness.Entry("test.flaky").Status);
        Assert.Equal(failure.Message, harness.Entry("test.flaky").LastError);
        Assert.Equal(["steady"], harness.Catalog.AppraisalTypes.Select(t => t.Key));
        Assert.Equal(revision + 1, harness.Catalog.Revision);
        Assert.Equal(changes + 1, harness.Changes);
        Assert.Equal("test.steady@1.0.0", await AggregateAsync(harness.Catalog, "steady"));
        var gone = await Assert.ThrowsAsync<PluginCallException>(() => AggregateAsync(harness.Catalog, "flaky"));
        Assert.Equal("No active plugin serves the appraisal type \"flaky\".", gone.Message);
        Assert.True(await harness.Catalog.WaitForUnloadAsync("test.flaky", "1.0.0", TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_guarded_call_that_hangs_times_out_and_marks_the_plugin_malfunctioned()
    {
        await using var harness = new CatalogHarness(output, callTimeout: TimeSpan.FromSeconds(1));
        PluginFolders.WriteTestPlugin(harness.DropFolder("slow"),
            new TestPluginManifest(Settings: new Dictionary<string, string> { ["hangAfterCalls"] = "1" }));
        await harness.StartAsync();
        var clock = Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<PluginCallException>(() => AggregateAsync(harness.Catalog, "test-type"));

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
        Assert.Contains("it did not answer within 1 s", failure.Message);
        Assert.Equal(PluginStatus.Malfunctioned, harness.Entry("test.plugin").Status);
        Assert.Empty(harness.Catalog.AppraisalTypes);
    }

    [Fact]
    public async Task A_call_the_caller_cancels_is_not_held_against_the_plugin()
    {
        await using var harness = new CatalogHarness(output, callTimeout: TimeSpan.FromSeconds(5));
        PluginFolders.WriteTestPlugin(harness.DropFolder("slow"),
            new TestPluginManifest(Settings: new Dictionary<string, string> { ["hangAfterCalls"] = "1" }));
        await harness.StartAsync();
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => AggregateAsync(harness.Catalog, "test-type", cancellation.Token));

        Assert.Equal(PluginStatus.Active, harness.Entry("test.plugin").Status);
    }

    [Fact]
    public async Task Disabling_a_plugin_removes_its_types_and_enabling_brings_it_back()
    {
        await using var harness = new CatalogHarness(output);
        PluginFolders.WriteTestPlugin(harness.DropFolder("plugin"));
        await harness.StartAsync();
        var changes = harness.Changes;

        await harness.Catalog.SetEnabledAsync("test.plugin", enabled: false);

        Assert.Equal(PluginStatus.Disabled, harness.Entry("test.plugin").Status);
        Assert.Empty(harness.Catalog.AppraisalTypes);
        Assert.Equal(changes + 1, harness.Changes);
        Assert.Contains("test.plugin", await harness.Store.GetDisabledAsync());
        Assert.Equal(PluginStatus.Disabled, harness.Store.Saved.Single().Status);
        Assert.True(await harness.Catalog.WaitForUnloadAsync("test.plugin", "1.0.0", TimeSpan.FromSeconds(10)));

        await harness.Catalog.SetEnabledAsync("test.plugin", enabled: true);

        Assert.Equal(PluginStatus.Active, harness.Entry("test.plugin").Status);
        Assert.Equal("test.plugin@1.0.0", await AggregateAsync(harness.Catalog, "test-type"));
        Assert.Empty(await harness.Store.GetDisabledAsync());
    }

    [Fact]
    public async Task A_plugin_disabled_before_a_restart_stays_disabled_and_is_not_loaded()
    {
        var store = new InMemoryPluginStateStore();
        await store.SetDisabledAsync("test.plugin", disabled: true);
        await using var harness = new CatalogHarness(output, store: store);
        PluginFolders.WriteTestPlugin(harness.DropFolder("plugin"));

        await harness.StartAsync();

        Assert.Equal(PluginStatus.Disabled, harness.Entry("test.plugin").Status);
        Assert.False(Directory.Exists(Path.Combine(harness.Root.Path, "staging", "test.plugin")));
    }

    [Fact]
    public async Task Re_enabling_a_malfunctioned_plugin_gives_it_another_try()
    {
        await using var harness = new CatalogHarness(output);
        PluginFolders.WriteTestPlugin(harness.DropFolder("flaky"),
            new TestPluginManifest(Settings: new Dictionary<string, string> { ["throwAfterCalls"] = "1" }));
        await harness.StartAsync();
        await Assert.ThrowsAsync<PluginCallException>(() => AggregateAsync(harness.Catalog, "test-type"));

        await harness.Catalog.SetEnabledAsync("test.plugin", enabled: true);

        Assert.Equal(PluginStatus.Active, harness.Entry("test.plugin").Status);
    }

    private static Task<string?> AggregateAsync(PluginCatalog catalog, string key, CancellationToken cancellationToken = default)
    {
        // A type that stopped serving has no snapshot left; the call must fail before the input matters.
        var questionnaire = catalog.AppraisalTypes.SingleOrDefault(t => t.Key == key)?.Templates[0].Questionnaire ?? new Questionnaire([], []);
        var input = new AggregationInput(questionnaire, [], [], [], new Dictionary<string, string>());
        return catalog.InvokeAsync(key, (IAppraisalType type, CancellationToken ct) => type.Aggregator.Aggregate(input, ct).Details as string,
            cancellationToken);
    }
}

using System.Runtime.Loader;
using Appraisal.Core.Plugins;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Reports;
using Xunit.Abstractions;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>What the catalog activates at start, and what it refuses with which message.</summary>
public sealed class PluginCatalogLoadingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_bundled_plugins_load_active_and_pass_the_smoke_test()
    {
        await using var harness = new CatalogHarness(output, withBundled: true);

        await harness.StartAsync();

        Assert.All(harness.Catalog.Plugins, e => Assert.Equal(PluginStatus.Active, e.Status));
        Assert.All(harness.Catalog.Plugins, e => Assert.True(e.Bundled));
        Assert.Equal(["democratic-review", "people-satisfied-agency", "performance", "satisfaction"], harness.Catalog.AppraisalTypes.Select(t => t.Key));
        foreach (var type in harness.Catalog.AppraisalTypes)
        {
            Assert.NotEmpty(type.Templates);
            Assert.Contains(type.Distribution.Strategy, DistributionStrategies.All);
            var input = new AggregationInput(type.Templates[0].Questionnaire, [], [], [], new Dictionary<string, string>());
            var ballots = await harness.Catalog.InvokeAsync(type.Key, (t, ct) => t.Aggregator.Aggregate(input, ct).BallotCount);
            Assert.Equal(0, ballots);
        }

        Assert.Contains(harness.Logger.Lines, l => l.Contains("Plugin appraisal.satisfaction 1.2.0 is Active, appraisal types [satisfaction]", StringComparison.Ordinal));
        Assert.Equal(4, harness.Store.Saved.Count);
        Assert.True(harness.Catalog.Revision > 0);
    }

    [Fact]
    public async Task A_plugin_with_an_incompatible_contract_range_is_not_supported()
    {
        await using var harness = new CatalogHarness(output);
        PluginFolders.WriteTestPlugin(harness.DropFolder("future"), new TestPluginManifest(Contract: ">=2.0.0 <3.0.0"));

        await harness.StartAsync();

        var entry = harness.Entry("test.plugin");
        Assert.Equal(PluginStatus.NotSupported, entry.Status);
        Assert.Equal($"plugin.json: \"contract\" is \">=2.0.0 <3.0.0\", which excludes this host's contract {ContractVersion.Current}; " +
            "install a version of the plugin built for contract 1.x.", entry.LastError);
        Assert.Empty(harness.Catalog.AppraisalTypes);
    }

    [Fact]
    public async Task A_plugin_built_against_a_newer_contract_major_is_not_supported()
    {
        await using var harness = new CatalogHarness(output);
        var folder = PluginFolders.WriteTestPlugin(harness.DropFolder("newer"));
        ContractReferencePatch.SetReferencedMajor(Path.Combine(folder, PluginFolders.FixtureEntry), 2);

        await harness.StartAsync();

        var entry = harness.Entry("test.plugin");
        Assert.Equal(PluginStatus.NotSupported, entry.Status);
        Assert.Contains($"was built against Appraisal.PluginApi 2.0.0.0, a newer major than this host's contract {ContractVersion.Current}", entry.LastError);
    }

    [Theory]
    [InlineData("{ \"id\": \"test.plugin\",\n  \"name\": ", "plugin.json: invalid JSON at line 2, position")]
    [InlineData("{ \"id\": \"test.plugin\", \"name\": \"T\", \"version\": \"1.0.0\", \"contract\": \">=1.0.0\", \"appraisalTypes\": [\"t\"] }",
        "plugin.json: \"entryAssembly\" is required")]
    public async Task A_folder_with_a_broken_manifest_is_not_supported_under_its_folder_name(string manifest, string expected)
    {
        await using var harness = new CatalogHarness(output);
        var folder = PluginFolders.WriteTestPlugin(harness.DropFolder("broken"));
        File.WriteAllText(Path.Combine(folder, "plugin.json"), manifest);

        await harness.StartAsync();

        var entry = harness.Entry("broken");
        Assert.Equal(PluginStatus.NotSupported, entry.Status);
        Assert.Equal("", entry.Version);
        Assert.StartsWith(expected, entry.LastError);
    }

    [Fact]
    public async Task A_plugin_shipping_its_own_contract_copy_is_active_with_the_hosts_types()
    {
        await using var harness = new CatalogHarness(output);
        var folder = PluginFolders.WriteTestPlugin(harness.DropFolder("own-contract"));
        PluginFolders.AddOwnContractCopy(folder);
        File.Delete(Path.Combine(folder, "Appraisal.Fixtures.TestPlugin.deps.json"));

        await harness.StartAsync();

        Assert.Equal(PluginStatus.Active, harness.Entry("test.plugin").Status);
        var identity = await harness.Catalog.InvokeAsync("test-type", (type, _) =>
            type.GetType().GetInterfaces().Contains(typeof(IAppraisalType))
            && AssemblyLoadContext.GetLoadContext(type.GetType().Assembly)?.Name == "test.plugin@1.0.0");
        Assert.True(identity);
    }

    [Fact]
    public async Task Two_plugins_cannot_serve_one_appraisal_type()
    {
        await using var harness = new CatalogHarness(output);
        PluginFolders.WriteTestPlugin(harness.DropFolder("a"), new TestPluginManifest(Id: "test.a", TypeKey: "shared"));
        PluginFolders.WriteTestPlugin(harness.DropFolder("b"), new TestPluginManifest(Id: "test.b", TypeKey: "shared"));

        await harness.StartAsync();

        Assert.Equal(PluginStatus.Active, harness.Entry("test.a").Status);
        var refused = harness.Entry("test.b");
        Assert.Equal(PluginStatus.NotSupported, refused.Status);
        Assert.Contains("\"shared\" is already served by the active plugin test.a@1.0.0", refused.LastError);
        Assert.Equal("test.a", harness.Catalog.AppraisalTypes.Single().PluginId);
    }

    [Theory]
    [InlineData("createThrows", "true", "TestPlugin.CreateAppraisalTypes threw System.InvalidOperationException: The test plugin was told to fail")]
    [InlineData("templates", "0", "The appraisal type \"test-type\" has no questionnaire template")]
    [InlineData("distribution", "carrier-pigeon", "uses the distribution strategy \"carrier-pigeon\", which this host does not provide")]
    [InlineData("aggregator", "throw", "The aggregator of \"test-type\" threw System.InvalidOperationException: The test aggregator was told to throw")]
    public async Task A_plugin_failing_its_smoke_test_is_malfunctioned(string setting, string value, string expected)
    {
        await using var harness = new CatalogHarness(output);
        PluginFolders.WriteTestPlugin(harness.DropFolder("faulty"),
            new TestPluginManifest(Settings: new Dictionary<string, string> { [setting] = value }));

        await harness.StartAsync();

        var entry = harness.Entry("test.plugin");
        Assert.Equal(PluginStatus.Malfunctioned, entry.Status);
        Assert.Contains(expected, entry.LastError);
        Assert.Empty(harness.Catalog.AppraisalTypes);
        Assert.True(await harness.Catalog.WaitForUnloadAsync("test.plugin", "1.0.0", TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task A_plugin_creating_other_types_than_its_manifest_declares_is_malfunctioned()
    {
        await using var harness = new CatalogHarness(output);
        PluginFolders.WriteTestPlugin(harness.DropFolder("mismatch"), new TestPluginManifest(TypeKey: "other", DeclaredTypes: ["test-type"]));

        await harness.StartAsync();

        var entry = harness.Entry("test.plugin");
        Assert.Equal(PluginStatus.Malfunctioned, entry.Status);
        Assert.Contains("returned the appraisal types [other] but plugin.json declares [test-type]", entry.LastError);
    }

    [Fact]
    public async Task A_folder_without_its_entry_assembly_is_not_supported()
    {
        await using var harness = new CatalogHarness(output);
        PluginFolders.WriteTestPlugin(harness.DropFolder("no-dll"), withEntryAssembly: false);

        await harness.StartAsync();

        Assert.Equal("The entry assembly Appraisal.Fixtures.TestPlugin.dll named in plugin.json is not in the folder.",
            harness.Entry("test.plugin").LastError);
    }

    [Fact]
    public async Task The_highest_version_present_is_activated_and_the_others_listed_as_superseded()
    {
        await using var harness = new CatalogHarness(output);
        PluginFolders.WriteTestPlugin(harness.DropFolder("v1"), new TestPluginManifest(Version: "1.0.0"));
        PluginFolders.WriteTestPlugin(harness.DropFolder("v1-1"), new TestPluginManifest(Version: "1.1.0"));

        await harness.StartAsync();

        Assert.Equal(PluginStatus.Active, harness.Entry("test.plugin", "1.1.0").Status);
        Assert.Equal(PluginStatus.Superseded, harness.Entry("test.plugin", "1.0.0").Status);
        Assert.Equal("1.1.0", harness.Catalog.AppraisalTypes.Single().PluginVersion);
        Assert.Single(Directory.GetDirectories(Path.Combine(harness.Root.Path, "staging", "test.plugin")));
    }
}

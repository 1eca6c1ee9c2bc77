using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Appraisal.Core.Plugins;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>The load context on its own, with the unload recipe of PLUGINS.md §1.4.</summary>
public sealed class PluginLoadContextTests
{
    [Fact]
    public void An_unloaded_plugin_is_collected_while_the_host_keeps_its_snapshot()
    {
        using var folder = new TestDirectory();
        PluginFolders.WriteTestPlugin(folder.Path);

        var (context, snapshot) = LoadRunUnload(folder.Path);

        Assert.True(CollectedWithin(context, rounds: 10), "the load context is still alive after 10 GC rounds");
        // The host-made copy outlives the plugin: it was built of host arrays and records only.
        Assert.Equal("test-type", snapshot.Key);
        Assert.Equal("yes-no", snapshot.Templates[0].Questionnaire.Scales[0].Key);
        GC.KeepAlive(snapshot);
    }

    [Fact]
    public void Holding_a_list_the_plugin_made_keeps_it_loaded()
    {
        // The negative control of the test above: this is why the catalog copies everything it keeps.
        using var folder = new TestDirectory();
        PluginFolders.WriteTestPlugin(folder.Path);

        var (context, scales) = LoadRunUnloadKeepingPluginList(folder.Path);

        Assert.False(CollectedWithin(context, rounds: 3));
        GC.KeepAlive(scales);
    }

    [Fact]
    public void A_plugin_shipping_its_own_contract_copy_still_gets_the_hosts_contract()
    {
        using var folder = new TestDirectory();
        PluginFolders.WriteTestPlugin(folder.Path);
        PluginFolders.AddOwnContractCopy(folder.Path);
        // Without a .deps.json the resolver offers every assembly in the folder, so the host's rule is what decides.
        File.Delete(Path.Combine(folder.Path, "Appraisal.Fixtures.TestPlugin.deps.json"));
        var entry = Path.Combine(folder.Path, PluginFolders.FixtureEntry);
        var offered = new AssemblyDependencyResolver(entry).ResolveAssemblyToPath(new AssemblyName(ContractVersion.AssemblyName));
        Assert.Equal(Path.Combine(folder.Path, ContractVersion.AssemblyName + ".dll"), offered);

        var (context, sameContract) = LoadAndCompareContract(entry);

        Assert.True(sameContract);
        Assert.True(CollectedWithin(context, rounds: 10));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Context, ActiveAppraisalType Snapshot) LoadRunUnload(string folder)
    {
        var manifest = PluginManifest.ReadFromFolder(folder);
        var context = new PluginLoadContext("test.plugin@1.0.0", Path.Combine(folder, manifest.EntryAssembly!));
        var type = CreateType(context, manifest);
        var report = type.Aggregator.Aggregate(EmptyInput(type), CancellationToken.None);
        Assert.Equal("test.plugin@1.0.0", report.Details);
        var snapshot = ContractCopy.Snapshot(manifest, type);
        context.Unload();
        return (new WeakReference(context, trackResurrection: true), snapshot);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Context, object Scales) LoadRunUnloadKeepingPluginList(string folder)
    {
        var manifest = PluginManifest.ReadFromFolder(folder);
        var context = new PluginLoadContext("test.plugin@1.0.0", Path.Combine(folder, manifest.EntryAssembly!));
        var scales = CreateType(context, manifest).Templates[0].Questionnaire.Scales;
        Assert.Same(context, AssemblyLoadContext.GetLoadContext(scales.GetType().Assembly));
        context.Unload();
        return (new WeakReference(context, trackResurrection: true), scales);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference Context, bool SameContract) LoadAndCompareContract(string entry)
    {
        var context = new PluginLoadContext("test.plugin@1.0.0", entry);
        var pluginType = context.LoadEntryAssembly().GetTypes().Single(t => t.Name == "TestPlugin");
        var contract = pluginType.GetInterfaces().Single(i => i.Name == nameof(IAppraisalPlugin));
        var same = contract == typeof(IAppraisalPlugin)
            && AssemblyLoadContext.GetLoadContext(contract.Assembly) == AssemblyLoadContext.Default
            && context.Assemblies.All(a => a.GetName().Name != ContractVersion.AssemblyName);
        context.Unload();
        return (new WeakReference(context, trackResurrection: true), same);
    }

    private static IAppraisalType CreateType(PluginLoadContext context, PluginManifest manifest)
    {
        var pluginType = context.LoadEntryAssembly().GetTypes().Single(t => typeof(IAppraisalPlugin).IsAssignableFrom(t));
        var plugin = (IAppraisalPlugin)Activator.CreateInstance(pluginType)!;
        return plugin.CreateAppraisalTypes(new PluginContext(manifest.Id, manifest.Version.ToString(), manifest.Settings)).Single();
    }

    private static AggregationInput EmptyInput(IAppraisalType type) =>
        new(type.Templates[0].Questionnaire, [], [], [], new Dictionary<string, string>());

    private static bool CollectedWithin(WeakReference reference, int rounds)
    {
        for (var i = 0; reference.IsAlive && i < rounds; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return !reference.IsAlive;
    }
}

using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Appraisal.Core;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests;

/// <summary>Dependencies point one way: Host → Core → PluginApi, Host → GraphQL, plugins → PluginApi (DESIGN §3).</summary>
public sealed class DependencyDirectionTests
{
    private static readonly string[] ProjectAssemblies =
        ["Appraisal.Host", "Appraisal.Core", "Appraisal.GraphQL", "Appraisal.PluginApi"];

    private static IReadOnlyList<string> ProjectReferencesOf(Assembly assembly) =>
        assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("Appraisal.", StringComparison.Ordinal)).ToArray();

    private static bool IsBaseClassLibrary(string name) =>
        name.StartsWith("System", StringComparison.Ordinal) || name is "netstandard" or "mscorlib";

    [Fact]
    public void The_host_references_core_and_no_other_project_than_ours()
    {
        var host = ProjectReferencesOf(typeof(Program).Assembly);

        Assert.Contains("Appraisal.Core", host);
        Assert.DoesNotContain(host, name => !ProjectAssemblies.Contains(name));
    }

    [Fact]
    public void Core_references_the_contract_and_neither_the_host_nor_the_engine_nor_ASP_NET()
    {
        var core = typeof(AppraisalOptions).Assembly;

        Assert.Equal(["Appraisal.PluginApi"], ProjectReferencesOf(core));
        Assert.DoesNotContain(core.GetReferencedAssemblies(), a => a.Name!.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
    }

    [Fact]
    public void The_engine_and_the_contract_reference_only_the_base_class_library()
    {
        foreach (var name in new[] { "Appraisal.GraphQL", "Appraisal.PluginApi" })
        {
            var assembly = Assembly.Load(name);
            Assert.All(assembly.GetReferencedAssemblies(), r => Assert.True(IsBaseClassLibrary(r.Name!), $"{name} references {r.Name}"));
        }
    }

    [Fact]
    public void Bundled_plugins_reference_only_the_contract_and_do_not_ship_it()
    {
        var pluginFolders = Directory.GetDirectories(Path.Combine(RepositoryPaths.HostOutput, "plugins"));
        Assert.Equal(4, pluginFolders.Length);

        // The declarative one (绩效考评) ships no code at all.
        var declarative = Path.Combine(RepositoryPaths.HostOutput, "plugins", "performance");
        Assert.Empty(Directory.GetFiles(declarative, "*.dll", SearchOption.AllDirectories));
        foreach (var folder in pluginFolders.Where(f => f != declarative))
        {
            Assert.False(File.Exists(Path.Combine(folder, "Appraisal.PluginApi.dll")), $"{folder} ships its own contract");
            var entry = Directory.GetFiles(folder, "Appraisal.Plugins.*.dll").Single();
            using var pe = new PEReader(File.OpenRead(entry));
            var metadata = pe.GetMetadataReader();
            var references = metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToArray();

            Assert.Contains("Appraisal.PluginApi", references);
            Assert.All(references, r => Assert.True(r == "Appraisal.PluginApi" || IsBaseClassLibrary(r), $"{entry} references {r}"));
        }
    }

    [Fact]
    public void Nothing_the_host_deploys_is_Roslyn()
    {
        var deps = File.ReadAllText(Path.Combine(RepositoryPaths.HostOutput, "Appraisal.Host.deps.json"));

        Assert.Contains("Appraisal.Core", deps, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", deps, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(RepositoryPaths.HostOutput, "Microsoft.CodeAnalysis*.dll", SearchOption.AllDirectories));
    }
}

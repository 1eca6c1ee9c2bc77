using System.Reflection;
using System.Runtime.Loader;

namespace Appraisal.Core.Plugins;

/// <summary>
/// One collectible load context per plugin version, named <c>id@version</c>. Dependencies resolve through the
/// plugin's <c>.deps.json</c> (<see cref="AssemblyDependencyResolver"/>), except the shared set
/// (<see cref="SharedAssemblies"/>), which always comes from the host.
/// </summary>
internal sealed class PluginLoadContext : AssemblyLoadContext
{
    private readonly AssemblyDependencyResolver _resolver;

    public PluginLoadContext(string name, string entryAssemblyPath)
        : base(name, isCollectible: true)
    {
        EntryAssemblyPath = entryAssemblyPath;
        _resolver = new AssemblyDependencyResolver(entryAssemblyPath);
    }

    public string EntryAssemblyPath { get; }

    public Assembly LoadEntryAssembly() => LoadFromAssemblyPath(EntryAssemblyPath);

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        // Checked before the resolver: a plugin that ships its own Appraisal.PluginApi.dll (or a framework
        // assembly) would otherwise get a second copy whose types are not the host's, and every cast fails.
        // Null defers to the default context.
        if (SharedAssemblies.IsShared(assemblyName))
        {
            return null;
        }

        var path = _resolver.ResolveAssemblyToPath(assemblyName);
        return path is null ? null : LoadFromAssemblyPath(path);
    }

    protected override nint LoadUnmanagedDll(string unmanagedDllName)
    {
        var path = _resolver.ResolveUnmanagedDllToPath(unmanagedDllName);
        return path is null ? 0 : LoadUnmanagedDllFromPath(path);
    }
}

using System.Collections.Frozen;
using System.Reflection;
using Appraisal.PluginApi;

namespace Appraisal.Core.Plugins;

/// <summary>
/// The assemblies every plugin shares with the host instead of loading its own copy: the contract (so
/// <c>IAppraisalType</c> is one type on both sides) and everything on the default context's trusted platform
/// list (the shared framework and the host's own dependencies), whose types may cross the boundary.
/// </summary>
internal static class SharedAssemblies
{
    private static readonly FrozenSet<string> TrustedPlatformNames = ReadTrustedPlatformNames();

    public static bool IsShared(AssemblyName name) =>
        name.Name is { } simpleName
        && (string.Equals(simpleName, ContractVersion.AssemblyName, StringComparison.OrdinalIgnoreCase)
            || TrustedPlatformNames.Contains(simpleName));

    private static FrozenSet<string> ReadTrustedPlatformNames()
    {
        var list = AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string ?? "";
        return list
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}

using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using Appraisal.PluginApi;

namespace Appraisal.Core.Plugins;

/// <summary>
/// Whether a plugin was built for this host's contract, decided without running any of its code: the
/// manifest's range must include <see cref="ContractVersion.Current"/>, and the entry assembly's metadata must
/// not reference a contract assembly of a higher major (its AssemblyVersion is fixed per major).
/// </summary>
internal static class ContractCheck
{
    public static SemanticVersion HostContract { get; } = SemanticVersion.Parse(ContractVersion.Current);

    private static readonly Version HostContractAssemblyVersion = typeof(IAppraisalPlugin).Assembly.GetName().Version!;

    /// <summary>Null when the manifest's range includes the host's contract, else the reason.</summary>
    public static string? CheckRange(PluginManifest manifest) =>
        manifest.Contract.Includes(HostContract)
            ? null
            : $"{PluginManifest.FileName}: \"contract\" is \"{manifest.Contract}\", which excludes this host's contract " +
              $"{HostContract}; install a version of the plugin built for contract {HostContract.Major}.x.";

    /// <summary>Null when the entry assembly references a contract this host provides, else the reason.</summary>
    public static string? CheckReferences(string entryAssemblyPath)
    {
        var file = Path.GetFileName(entryAssemblyPath);
        try
        {
            using var stream = File.OpenRead(entryAssemblyPath);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return $"{file} is not a .NET assembly.";
            }

            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.AssemblyReferences)
            {
                var reference = metadata.GetAssemblyReference(handle);
                if (!metadata.StringComparer.Equals(reference.Name, ContractVersion.AssemblyName))
                {
                    continue;
                }

                return reference.Version.Major > HostContractAssemblyVersion.Major
                    ? $"{file} was built against {ContractVersion.AssemblyName} {reference.Version}, a newer major " +
                      $"than this host's contract {HostContract} (assembly version {HostContractAssemblyVersion})."
                    : null;
            }

            return $"{file} does not reference {ContractVersion.AssemblyName}, so it cannot implement IAppraisalPlugin.";
        }
        catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException)
        {
            return $"{file} cannot be read as a .NET assembly: {ex.Message}";
        }
    }
}

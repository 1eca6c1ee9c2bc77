using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Appraisal.PluginApi;

namespace Appraisal.Core.Tests.Plugins;

/// <summary>
/// Rewrites the version of an assembly's reference to the contract in place, to stand for a plugin built
/// against a future contract without building one. MajorVersion is the first column of an AssemblyRef row.
/// </summary>
internal static class ContractReferencePatch
{
    public static void SetReferencedMajor(string assemblyPath, ushort major)
    {
        var bytes = File.ReadAllBytes(assemblyPath);
        int offset;
        using (var pe = new PEReader(new MemoryStream(bytes)))
        {
            var metadata = pe.GetMetadataReader();
            var reference = metadata.AssemblyReferences
                .Single(h => metadata.GetString(metadata.GetAssemblyReference(h).Name) == ContractVersion.AssemblyName);
            var row = MetadataTokens.GetRowNumber(reference) - 1;
            offset = pe.PEHeaders.MetadataStartOffset + metadata.GetTableMetadataOffset(TableIndex.AssemblyRef)
                + (row * metadata.GetTableRowSize(TableIndex.AssemblyRef));
        }

        BitConverter.TryWriteBytes(bytes.AsSpan(offset, sizeof(ushort)), major);
        File.WriteAllBytes(assemblyPath, bytes);
    }
}

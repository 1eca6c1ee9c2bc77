using System.Reflection;

namespace Appraisal.PluginApi.Tests;

public sealed class ContractVersionTests
{
    private static readonly Assembly Contract = typeof(IAppraisalPlugin).Assembly;

    [Fact]
    public void The_assembly_version_is_fixed_to_the_major_so_plugins_bind_across_minor_versions()
    {
        var major = int.Parse(ContractVersion.Current.Split('.')[0], System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(new Version(major, 0, 0, 0), Contract.GetName().Version);
    }

    [Fact]
    public void The_informational_version_is_the_contract_semver() =>
        Assert.Equal(ContractVersion.Current,
            Contract.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);

    [Fact]
    public void The_assembly_name_constant_matches_the_assembly() =>
        Assert.Equal(ContractVersion.AssemblyName, Contract.GetName().Name);

    [Fact]
    public void The_contract_references_nothing_but_the_base_class_library() =>
        Assert.All(Contract.GetReferencedAssemblies(), reference =>
            Assert.True(reference.Name!.StartsWith("System", StringComparison.Ordinal) || reference.Name == "netstandard",
                $"{reference.Name} is not part of the BCL"));
}

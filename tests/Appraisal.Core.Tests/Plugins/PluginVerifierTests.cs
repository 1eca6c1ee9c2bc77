using Appraisal.Core.Plugins;
using Appraisal.PluginApi;

namespace Appraisal.Core.Tests.Plugins;

public sealed class PluginVerifierTests
{
    private readonly PluginVerifier _verifier = new(TimeSpan.FromSeconds(5));

    [Fact]
    public async Task A_good_plugin_folder_verifies_and_unloads()
    {
        using var folder = new TestDirectory();
        PluginFolders.WriteTestPlugin(folder.Path);

        var report = await _verifier.VerifyAsync(folder.Path);

        Assert.True(report.Ok, report.ToString());
        Assert.Equal(PluginStatus.Active, report.Status);
        Assert.Equal("test.plugin", report.Manifest?.Id);
        Assert.Equal("test-type", report.AppraisalTypes.Single().Key);
        Assert.True(report.Unloaded);
        Assert.Contains("Result: OK", report.ToString());
        Assert.True(File.Exists(Path.Combine(folder.Path, "plugin.json")), "the folder itself is left as it was");
    }

    [Theory]
    [InlineData("democratic-review")]
    [InlineData("satisfaction")]
    [InlineData("people-satisfied-agency")]
    [InlineData("performance")]
    public async Task The_bundled_plugins_verify(string name)
    {
        var report = await _verifier.VerifyAsync(Path.Combine(PluginFolders.Bundled, name));

        Assert.True(report.Ok, report.ToString());
    }

    [Fact]
    public async Task An_incompatible_plugin_is_reported_without_being_loaded()
    {
        using var folder = new TestDirectory();
        PluginFolders.WriteTestPlugin(folder.Path, new TestPluginManifest(Contract: ">=2.0.0 <3.0.0"));

        var report = await _verifier.VerifyAsync(folder.Path);

        Assert.False(report.Ok);
        Assert.Equal(PluginStatus.NotSupported, report.Status);
        Assert.Contains($"excludes this host's contract {ContractVersion.Current}", report.Problems.Single());
        Assert.Null(report.Unloaded);
        Assert.Contains("Result: NotSupported", report.ToString());
    }

    [Fact]
    public async Task A_throwing_plugin_is_reported_malfunctioned_and_still_unloads()
    {
        using var folder = new TestDirectory();
        PluginFolders.WriteTestPlugin(folder.Path,
            new TestPluginManifest(Settings: new Dictionary<string, string> { ["aggregator"] = "throw" }));

        var report = await _verifier.VerifyAsync(folder.Path);

        Assert.Equal(PluginStatus.Malfunctioned, report.Status);
        Assert.Contains("The aggregator of \"test-type\" threw", report.Problems.Single());
        Assert.True(report.Unloaded);
    }

    [Fact]
    public async Task A_broken_manifest_is_reported_with_every_problem()
    {
        using var folder = new TestDirectory();
        File.WriteAllText(Path.Combine(folder.Path, "plugin.json"), """{ "id": "Bad", "version": "abc" }""");

        var report = await _verifier.VerifyAsync(folder.Path);

        Assert.Equal(PluginStatus.NotSupported, report.Status);
        Assert.Null(report.Manifest);
        Assert.Contains("plugin.json: \"version\" must be a SemVer such as 1.2.0, got \"abc\"", report.Problems);
        Assert.Contains("plugin.json: \"entryAssembly\" is required", report.Problems);
    }
}

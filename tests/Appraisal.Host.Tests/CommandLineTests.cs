using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests;

/// <summary><c>plugins list</c> and <c>plugins verify &lt;folder&gt;</c>.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Plugins_list_shows_the_bundled_plugins_with_their_status()
    {
        using var data = new TempDirectory();

        var (exitCode, output) = await HostCommand.RunAsync("plugins", "list", $"--Appraisal:DataDirectory={data.Path}");

        Assert.Equal(0, exitCode);
        foreach (var (folder, id, type) in new[]
        {
            ("DemocraticReview", "appraisal.democratic-review", "democratic-review"),
            ("Satisfaction", "appraisal.satisfaction", "satisfaction"),
            ("Performance", "appraisal.performance", "performance"),
        })
        {
            // The version each bundled plugin.json declares, so a version bump does not need this test changed.
            var version = ManifestVersion(folder);
            Assert.Matches($@"{System.Text.RegularExpressions.Regex.Escape(id)}\s+{System.Text.RegularExpressions.Regex.Escape(version)}\s+Active\s+{type}", output);
        }
    }

    private static string ManifestVersion(string pluginFolder)
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "plugins", pluginFolder, "plugin.json")));
        return manifest.RootElement.GetProperty("version").GetString()!;
    }

    [Fact]
    public async Task Plugins_verify_accepts_the_bundled_declarative_plugin()
    {
        var (exitCode, output) = await HostCommand.RunAsync("plugins", "verify", Path.Combine(RepositoryPaths.HostOutput, "plugins", "performance"));

        Assert.Equal(0, exitCode);
        Assert.Contains("kind: declarative (no assembly)", output, StringComparison.Ordinal);
        Assert.Contains("Result: OK", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plugins_verify_accepts_a_good_plugin_folder()
    {
        var (exitCode, output) = await HostCommand.RunAsync("plugins", "verify", Path.Combine(RepositoryPaths.HostOutput, "plugins", "satisfaction"));

        Assert.Equal(0, exitCode);
        Assert.Contains("Result: OK", output, StringComparison.Ordinal);
        Assert.Contains("unloads cleanly: yes", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plugins_verify_rejects_a_broken_manifest_with_a_clear_error_and_installs_nothing()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "plugin.json"), """{ "id": "acme.broken", "version": "one" }""");

        var (exitCode, output) = await HostCommand.RunAsync("plugins", "verify", folder.Path);

        Assert.Equal(1, exitCode);
        Assert.Contains("plugin.json", output, StringComparison.Ordinal);
        Assert.Contains("\"version\"", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFileSystemEntries(folder.Path));
    }
}

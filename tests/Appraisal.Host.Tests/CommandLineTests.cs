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
        Assert.Matches(@"appraisal\.democratic-review\s+1\.1\.0\s+Active\s+democratic-review", output);
        Assert.Matches(@"appraisal\.satisfaction\s+1\.1\.0\s+Active\s+satisfaction", output);
        Assert.Matches(@"appraisal\.performance\s+1\.0\.0\s+Active\s+performance", output);
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

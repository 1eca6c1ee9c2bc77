using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests;

/// <summary>An admin drops plugin folders into the plugin directory of a running host.</summary>
public sealed class PluginDropTests
{
    [Fact]
    public async Task A_plugin_copied_into_a_running_host_becomes_active_within_5_seconds_and_leaves_when_removed()
    {
        using var data = new TempDirectory();
        await using var host = HostProcess.Start(data.Path);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
        var folder = Path.Combine(data.Path, "plugins", "residential");

        var clock = Stopwatch.StartNew();
        PluginFolders.DropFixture(folder, "acme.residential", "residential", "ok");
        var dropped = await PluginFolders.WaitForAsync(host.Client, "acme.residential",
            p => p?.GetProperty("status").GetString() == "Active", TimeSpan.FromSeconds(5));
        var elapsed = clock.Elapsed;

        Assert.Equal("Active", dropped?.GetProperty("status").GetString());
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");
        Assert.Equal("residential", dropped!.Value.GetProperty("appraisalTypes")[0].GetString());

        Directory.Delete(folder, recursive: true);
        var removed = await PluginFolders.WaitForAsync(host.Client, "acme.residential", p => p is null, TimeSpan.FromSeconds(10));
        Assert.Null(removed);
    }

    [Fact]
    public async Task A_plugin_whose_aggregator_throws_is_malfunctioned_while_the_host_keeps_answering()
    {
        using var data = new TempDirectory();
        await using var host = HostProcess.Start(data.Path);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));

        PluginFolders.DropFixture(Path.Combine(data.Path, "plugins", "broken"), "acme.broken", "broken", "throw");
        var broken = await PluginFolders.WaitForAsync(host.Client, "acme.broken",
            p => p?.GetProperty("status").GetString() == "Malfunctioned", TimeSpan.FromSeconds(10));

        Assert.Equal("Malfunctioned", broken?.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(broken!.Value.GetProperty("error").GetString()));
        using var response = await host.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, health.GetProperty("plugins").EnumerateArray().Count(p => p.GetProperty("status").GetString() == "Active"));
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests;

/// <summary>An admin drops plugin folders into the plugin directory of a running host.</summary>
public sealed class PluginDropTests
{
    private static readonly string FixturePlugin = Path.Combine(AppContext.BaseDirectory, "fixtures", "test-plugin");

    /// <summary>Copies the fixture plugin to <paramref name="target"/> with the given id and aggregator behaviour.</summary>
    private static void DropFixture(string target, string id, string typeKey, string aggregator)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(FixturePlugin).Where(f => Path.GetFileName(f) != "plugin.json"))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(FixturePlugin, "plugin.json")))!;
        manifest["id"] = id;
        manifest["appraisalTypes"] = new JsonArray(typeKey);
        manifest["settings"] = new JsonObject { ["typeKey"] = typeKey, ["aggregator"] = aggregator };
        // The manifest goes last, as a copy tool finishing the folder would leave it.
        File.WriteAllText(Path.Combine(target, "plugin.json"), manifest.ToJsonString());
    }

    private static async Task<JsonElement?> WaitForPluginAsync(HostProcess host, string id, Func<JsonElement?, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        JsonElement? plugin = null;
        while (clock.Elapsed < limit)
        {
            var health = await host.Client.GetFromJsonAsync<JsonElement>("healthz");
            plugin = health.GetProperty("plugins").EnumerateArray()
                .Select(p => (JsonElement?)p)
                .FirstOrDefault(p => p!.Value.GetProperty("id").GetString() == id);
            if (done(plugin))
            {
                return plugin;
            }

            await Task.Delay(100);
        }

        return plugin;
    }

    [Fact]
    public async Task A_plugin_copied_into_a_running_host_becomes_active_within_5_seconds_and_leaves_when_removed()
    {
        using var data = new TempDirectory();
        await using var host = HostProcess.Start(data.Path);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
        var folder = Path.Combine(data.Path, "plugins", "residential");

        var clock = Stopwatch.StartNew();
        DropFixture(folder, "acme.residential", "residential", "ok");
        var dropped = await WaitForPluginAsync(host, "acme.residential",
            p => p?.GetProperty("status").GetString() == "Active", TimeSpan.FromSeconds(5));
        var elapsed = clock.Elapsed;

        Assert.Equal("Active", dropped?.GetProperty("status").GetString());
        Assert.True(elapsed < TimeSpan.FromSeconds(5), $"took {elapsed}");
        Assert.Equal("residential", dropped!.Value.GetProperty("appraisalTypes")[0].GetString());

        Directory.Delete(folder, recursive: true);
        var removed = await WaitForPluginAsync(host, "acme.residential", p => p is null, TimeSpan.FromSeconds(10));
        Assert.Null(removed);
    }

    [Fact]
    public async Task A_plugin_whose_aggregator_throws_is_malfunctioned_while_the_host_keeps_answering()
    {
        using var data = new TempDirectory();
        await using var host = HostProcess.Start(data.Path);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));

        DropFixture(Path.Combine(data.Path, "plugins", "broken"), "acme.broken", "broken", "throw");
        var broken = await WaitForPluginAsync(host, "acme.broken",
            p => p?.GetProperty("status").GetString() == "Malfunctioned", TimeSpan.FromSeconds(10));

        Assert.Equal("Malfunctioned", broken?.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(broken!.Value.GetProperty("error").GetString()));
        using var response = await host.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var health = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4, health.GetProperty("plugins").EnumerateArray().Count(p => p.GetProperty("status").GetString() == "Active"));
    }
}

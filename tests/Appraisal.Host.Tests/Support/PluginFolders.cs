using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Appraisal.Host.Tests.Support;

/// <summary>What an admin does in a running host's plugin drop folder, and how the host's <c>/healthz</c> shows it.</summary>
internal static class PluginFolders
{
    /// <summary>The compiled settings-driven fixture plugin, as the test project's build copies it.</summary>
    public static string CompiledFixture { get; } = Path.Combine(AppContext.BaseDirectory, "fixtures", "test-plugin");

    /// <summary>The bundled declarative plugin (plugins/Performance), as the test project's build copies it.</summary>
    public static string DeclarativePerformance { get; } = Path.Combine(AppContext.BaseDirectory, "plugins", "performance");

    /// <summary>
    /// Copies the plugin folder <paramref name="source"/> to <paramref name="target"/>, its manifest changed by
    /// <paramref name="edit"/> and written last, as a copy tool finishing the folder would leave it.
    /// </summary>
    public static void Drop(string source, string target, Action<JsonNode> edit)
    {
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "plugin.json"))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(source, "plugin.json")))!;
        edit(manifest);
        File.WriteAllText(Path.Combine(target, "plugin.json"), manifest.ToJsonString());
    }

    /// <summary>Drops the compiled fixture as plugin <paramref name="id"/> serving <paramref name="typeKey"/>, with the given aggregator behaviour.</summary>
    public static void DropFixture(string target, string id, string typeKey, string aggregator, string version = "1.0.0") =>
        Drop(CompiledFixture, target, manifest =>
        {
            manifest["id"] = id;
            manifest["version"] = version;
            manifest["appraisalTypes"] = new JsonArray(typeKey);
            manifest["settings"] = new JsonObject { ["typeKey"] = typeKey, ["aggregator"] = aggregator };
        });

    /// <summary>The <c>/healthz</c> entry of <paramref name="id"/> (any version) once <paramref name="done"/> holds for it, or the last one seen.</summary>
    public static Task<JsonElement?> WaitForAsync(HttpClient host, string id, Func<JsonElement?, bool> done, TimeSpan limit) =>
        WaitForAsync(host, plugins => plugins.FirstOrDefault(p => p.GetProperty("id").GetString() == id) is { ValueKind: JsonValueKind.Object } p ? p : null, done, limit);

    /// <summary>The <c>/healthz</c> entry of <paramref name="id"/>@<paramref name="version"/> once <paramref name="done"/> holds for it, or the last one seen.</summary>
    public static Task<JsonElement?> WaitForAsync(HttpClient host, string id, string version, Func<JsonElement?, bool> done, TimeSpan limit) =>
        WaitForAsync(host, plugins => plugins.FirstOrDefault(p => p.GetProperty("id").GetString() == id && p.GetProperty("version").GetString() == version)
            is { ValueKind: JsonValueKind.Object } p ? p : null, done, limit);

    /// <summary>The host's <c>unloadLeaks</c>: plugin versions whose load context was unloaded but never collected.</summary>
    public static async Task<string[]> UnloadLeaksAsync(HttpClient host)
    {
        var health = await host.GetFromJsonAsync<JsonElement>("healthz");
        return [.. health.GetProperty("unloadLeaks").EnumerateArray().Select(l => l.GetString()!)];
    }

    private static async Task<JsonElement?> WaitForAsync(
        HttpClient host, Func<IEnumerable<JsonElement>, JsonElement?> pick, Func<JsonElement?, bool> done, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        JsonElement? plugin = null;
        while (clock.Elapsed < limit)
        {
            var health = await host.GetFromJsonAsync<JsonElement>("healthz");
            plugin = pick(health.GetProperty("plugins").EnumerateArray());
            if (done(plugin))
            {
                return plugin;
            }

            await Task.Delay(100);
        }

        return plugin;
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests;

/// <summary>The real executable, started as an operator starts it.</summary>
public sealed class HostProcessTests
{
    private static readonly string[] BundledPlugins =
        ["appraisal.democratic-review", "appraisal.people-satisfied-agency", "appraisal.performance", "appraisal.satisfaction"];

    [Fact]
    public async Task Starts_on_an_empty_data_directory_with_the_database_ready_and_the_bundled_plugins_active()
    {
        using var data = new TempDirectory();
        await using var host = HostProcess.Start(data.Path);

        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
        var health = await host.Client.GetFromJsonAsync<JsonElement>("healthz");

        Assert.Equal("ready", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("database").GetProperty("ready").GetBoolean());
        Assert.True(File.Exists(Path.Combine(data.Path, "appraisal.db")));
        var plugins = health.GetProperty("plugins").EnumerateArray().ToArray();
        Assert.Equal(BundledPlugins, plugins.Select(p => p.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.All(plugins, p => Assert.Equal("Active", p.GetProperty("status").GetString()));
        Assert.All(plugins, p => Assert.NotEmpty(p.GetProperty("version").GetString()!));
        Assert.Contains("appraisal.democratic-review", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prints_a_generated_admin_key_on_first_start_only()
    {
        using var data = new TempDirectory();
        string firstOutput;
        await using (var first = HostProcess.Start(data.Path))
        {
            await first.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
            firstOutput = first.Output;
        }

        await using var second = HostProcess.Start(data.Path);
        await second.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));

        Assert.Matches("Admin key .*: [A-Za-z0-9_-]{43}", firstOutput);
        Assert.DoesNotContain("Admin key", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configured_admin_key_is_never_replaced_by_a_generated_one()
    {
        using var data = new TempDirectory();
        await using var host = HostProcess.Start(data.Path, "--Appraisal:AdminKey=configured-secret");

        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));

        Assert.DoesNotContain("Admin key", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Loads_no_Roslyn_assembly_at_run_time()
    {
        using var data = new TempDirectory();
        await using var host = HostProcess.Start(data.Path);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));

        // Every managed assembly the runtime loaded from disk is mapped into the process.
        var maps = await File.ReadAllTextAsync($"/proc/{host.ProcessId}/maps");

        Assert.Contains("Appraisal.Core.dll", maps, StringComparison.Ordinal);
        Assert.Contains("Appraisal.Plugins.Satisfaction.dll", maps, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis", maps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Introspection_is_off_by_default_outside_development_but_typename_works()
    {
        using var data = new TempDirectory();
        await using var host = HostProcess.Start(data.Path);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));

        using var introspection = await host.Client.PostAsJsonAsync("graphql", new { query = "{ __schema { queryType { name } } }" });
        using var typename = await host.Client.PostAsJsonAsync("graphql", new { query = "{ __typename }" });

        var refused = await introspection.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("introspection is not allowed", refused.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.False(refused.TryGetProperty("data", out _));
        var answered = await typename.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Query", answered.GetProperty("data").GetProperty("__typename").GetString());
    }
}

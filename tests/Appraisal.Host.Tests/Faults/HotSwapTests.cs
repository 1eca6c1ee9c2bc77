using System.Diagnostics;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;
using Xunit.Abstractions;

namespace Appraisal.Host.Tests.Faults;

/// <summary>
/// The quick hot swap under load (issue 7): while 64 voters cast into a 人民满意机关 campaign (its plugin is not
/// touched), other plugins are replaced and removed in the drop folder. The long one is tests/bench/hotswap/run.sh.
/// </summary>
public sealed class HotSwapTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60); // a busy 2-core machine; outcomes are asserted, not speeds

    [Fact]
    public async Task Plugins_replaced_and_removed_while_64_voters_cast_fail_no_request_and_their_old_load_contexts_are_collected()
    {
        using var data = new TempDirectory();
        // Debug for the catalog: it logs "unloaded and collected" once an old load context is really gone.
        await using var host = HostProcess.Start(data.Path, [.. CampaignHost.Arguments, "--Logging:LogLevel:Appraisal.Core.Plugins=Debug"]);
        await host.WaitUntilHealthyAsync(Patience);
        var drop = Path.Combine(data.Path, "plugins");

        // Before the load: the compiled fixture twice, as a plugin to be upgraded and as one to be removed.
        PluginFolders.DropFixture(Path.Combine(drop, "swapped-1.0.0"), "test.swapped", "swapped-type", "ok", "1.0.0");
        PluginFolders.DropFixture(Path.Combine(drop, "removed"), "test.removed", "removed-type", "ok");
        await ActiveAsync(host, "test.swapped", "1.0.0");
        await ActiveAsync(host, "test.removed", "1.0.0");

        var script = new CampaignScript(new GraphQLClient(host.Client, CampaignHost.AdminKey), new GraphQLClient(host.Client));
        var (campaignId, codes) = await AgencyCampaign.OpenAsync(script, 3000);
        var crowd = new VoterCrowd(host.BaseAddress, script.Admin, codes, voters: 64);
        using var feeding = new CancellationTokenSource();
        var feeder = KeepFedAsync(script, campaignId, crowd, feeding.Token);
        await crowd.FirstAcknowledgement.WaitAsync(Patience);
        var beforeSwaps = crowd.Acknowledged.Count;

        // Swap 1, all at once: the bundled declarative plugin and the compiled one to 1.1.0, the third removed.
        var took = await SwapAsync(host, drop, "1.1.0", "swapped-1.0.0", "removed");
        Assert.Null(await PluginFolders.WaitForAsync(host.Client, "test.removed", p => p is null, Patience));
        output.WriteLine($"swap 1 (two upgrades, one removal) applied in {took.TotalMilliseconds:F0} ms under load");

        // Swap 2: both to 1.2.0, the 1.1.0 folders taken away.
        took = await SwapAsync(host, drop, "1.2.0", "performance-1.1.0", "swapped-1.1.0");
        output.WriteLine($"swap 2 (two upgrades) applied in {took.TotalMilliseconds:F0} ms under load");

        var duringSwaps = crowd.Acknowledged.Count - beforeSwaps;
        await feeding.CancelAsync();
        await feeder;
        await crowd.StopAsync();
        output.WriteLine($"{crowd.Acknowledged.Count} ballots acknowledged ({duringSwaps} while the swaps ran), " +
            $"{crowd.Refused.Count} refused, {crowd.FailedRequests.Count} failed");

        Assert.Empty(crowd.Refused);
        Assert.Empty(crowd.FailedRequests);
        Assert.True(duringSwaps > 0, "no ballot was cast while the plugins were swapped");
        var turnout = await script.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { turnout { returned } } }", new { id = campaignId });
        Assert.Equal(crowd.Acknowledged.Count, turnout.GetProperty("campaign").GetProperty("turnout")[0].GetProperty("returned").GetInt32());

        // Every retired compiled version's load context is collected, and none leaked.
        foreach (var retired in new[] { "test.swapped@1.0.0", "test.swapped@1.1.0", "test.removed@1.0.0" })
        {
            Assert.True(await OutputShowsAsync(host, $"Plugin {retired} unloaded and collected."), $"{retired} was not collected:\n{host.Output}");
        }

        Assert.Empty(await PluginFolders.UnloadLeaksAsync(host.Client));
    }

    /// <summary>Drops <paramref name="version"/> of the declarative and the compiled plugin, deletes <paramref name="folders"/>, waits until both new versions serve.</summary>
    private static async Task<TimeSpan> SwapAsync(HostProcess host, string drop, string version, params string[] folders)
    {
        var clock = Stopwatch.StartNew();
        PluginFolders.Drop(PluginFolders.DeclarativePerformance, Path.Combine(drop, $"performance-{version}"), manifest => manifest["version"] = version);
        PluginFolders.DropFixture(Path.Combine(drop, $"swapped-{version}"), "test.swapped", "swapped-type", "ok", version);
        foreach (var folder in folders)
        {
            Directory.Delete(Path.Combine(drop, folder), recursive: true);
        }

        await ActiveAsync(host, "appraisal.performance", version);
        await ActiveAsync(host, "test.swapped", version);
        return clock.Elapsed;
    }

    private static async Task ActiveAsync(HostProcess host, string id, string version)
    {
        var plugin = await PluginFolders.WaitForAsync(host.Client, id, version, p => p?.GetProperty("status").GetString() == "Active", Patience);
        Assert.True(plugin?.GetProperty("status").GetString() == "Active", $"{id} {version}: {plugin}");
    }

    /// <summary>Issues more codes whenever the voters are about to run out, so the load lasts as long as the swaps do on any machine.</summary>
    private static async Task KeepFedAsync(CampaignScript script, string campaignId, VoterCrowd crowd, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            if (crowd.Remaining < 1500)
            {
                crowd.Add(await AgencyCampaign.IssueAsync(script, campaignId, 2000));
            }

            try
            {
                await Task.Delay(100, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<bool> OutputShowsAsync(HostProcess host, string line)
    {
        var clock = Stopwatch.StartNew();
        while (!host.Output.Contains(line, StringComparison.Ordinal))
        {
            if (clock.Elapsed > Patience)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }
}

using System.Collections.Concurrent;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>
/// Kill the host while it accepts ballots from many clients, restart it: <c>verify</c> prints OK, and every
/// ballot whose receipt was acknowledged is in the box.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Killing_the_host_mid_vote_loses_no_acknowledged_ballot_and_verify_prints_OK()
    {
        using var data = new TempDirectory();
        var host = HostProcess.Start(data.Path, CampaignHost.Arguments);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
        var script = new CampaignScript(new GraphQLClient(host.Client, CampaignHost.AdminKey), new GraphQLClient(host.Client));
        var (id, codes) = await BallotCastingTests.OpenAgencyCampaignAsync(script, codes: 5000);

        var acknowledged = new ConcurrentBag<string>();
        var next = -1;
        using var stop = new CancellationTokenSource();
        var clients = Enumerable.Range(0, 32).Select(async _ =>
        {
            using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
            var voter = new CampaignScript(script.Admin, new GraphQLClient(http));
            int index;
            while (!stop.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < codes.Count)
            {
                try
                {
                    var result = await voter.SubmitAsync(codes[index], BallotCastingTests.Answers(["a1", "a2", "a3"], "fairly-satisfied"));
                    acknowledged.Add(result.GetProperty("data").GetProperty("submitBallot").GetProperty("receipt").GetProperty("digest").GetString()!);
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or IOException)
                {
                    return; // the host died under this request: no acknowledgement
                }
            }
        }).ToArray();

        await WaitUntilAsync(() => acknowledged.Count >= 300, TimeSpan.FromSeconds(60));
        await host.KillAsync();
        await stop.CancelAsync();
        await Task.WhenAll(clients);
        await host.DisposeAsync();
        Assert.True(acknowledged.Count < codes.Count, "the host must die before every code is used");

        var (exitCode, output) = await HostCommand.RunAsync("verify", $"--Appraisal:DataDirectory={data.Path}", $"--Appraisal:AdminKey={CampaignHost.AdminKey}");
        Assert.True(exitCode == 0, output);
        Assert.Contains("OK", output);

        await using var restarted = HostProcess.Start(data.Path, CampaignHost.Arguments);
        await restarted.WaitUntilHealthyAsync(TimeSpan.FromSeconds(30));
        var admin = new CampaignScript(new GraphQLClient(restarted.Client, CampaignHost.AdminKey), new GraphQLClient(restarted.Client));
        await admin.TransitionAsync("closeCampaign", id);
        await admin.TransitionAsync("publishResults", id);
        var box = (await new GraphQLClient(restarted.Client).DataAsync(
            "query($id: ID!) { ballotBox(campaignId: $id) { ballotsCast receiptDigests } }", new { id })).GetProperty("ballotBox");
        var stored = box.GetProperty("receiptDigests").EnumerateArray().Select(r => r.GetString()!).ToHashSet();
        Assert.Superset(acknowledged.ToHashSet(), stored);
        Assert.Equal(stored.Count, box.GetProperty("ballotsCast").GetInt32());
    }

    private static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(20);
        }
    }
}

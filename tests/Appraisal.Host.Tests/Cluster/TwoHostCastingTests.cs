using System.Collections.Concurrent;
using System.Text.Json;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Cluster;

/// <summary>
/// Issue 8's acceptance on two hosts and one PostgreSQL database: ballots cast through both at once are each counted
/// exactly once, and one code sent to both at once is accepted exactly once. (A plugin uploaded on one host becoming
/// active on the other is <see cref="ClusterHostTests"/>'s, run on PostgreSQL by <see cref="ClusterHostTestsOnPostgres"/>.)
/// </summary>
public sealed class TwoHostCastingTests
{
    private const int Clients = 64;
    private const int Codes = 2_000;

    [Fact]
    public async Task Ballots_cast_by_64_clients_through_both_hosts_are_each_counted_once()
    {
        await using var pair = await HostPair.StartAsync("postgres");
        var script = new CampaignScript(new GraphQLClient(pair.A.Client, CampaignHost.AdminKey), new GraphQLClient(pair.A.Client));
        var (id, codes) = await AgencyCampaign.OpenAsync(script, Codes);
        var queue = new ConcurrentQueue<string>(codes);
        var outcomes = new ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, Clients).Select(async client =>
        {
            // Client n talks to host A when n is even and to host B when odd, as a round-robin balancer would send them.
            using var http = new HttpClient { BaseAddress = (client % 2 == 0 ? pair.A : pair.B).BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
            var voter = new CampaignScript(script.Admin, new GraphQLClient(http));
            while (queue.TryDequeue(out var code))
            {
                var result = await voter.SubmitAsync(code, AgencyCampaign.Answers(AgencyCampaign.Agencies, "satisfied"));
                outcomes.Add(Accepted(result) ? "accepted" : GraphQLClient.ErrorCode(result) ?? result.ToString());
            }
        }));

        var accepted = outcomes.Count(o => o == "accepted");
        Assert.Equal(Codes, outcomes.Count);
        Assert.True(accepted == Codes, string.Join(", ", outcomes.Where(o => o != "accepted").Distinct()));
        Assert.Equal("CLOSED", await script.TransitionAsync("closeCampaign", id));
        foreach (var host in new[] { pair.A, pair.B })
        {
            var (returned, ballotsCast) = await CountsAsync(new GraphQLClient(host.Client, CampaignHost.AdminKey), id);
            Assert.Equal((accepted, accepted), (returned, ballotsCast));
        }

        var (exitCode, output) = await HostCommand.RunAsync(["verify", $"--Appraisal:DataDirectory={pair.DataDirectoryA}", .. pair.Storage]);
        Assert.True(exitCode == 0, output);
        Assert.Contains($"1 ballot boxes, {Codes} ballots", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_code_sent_100_times_across_both_hosts_at_once_is_accepted_once()
    {
        await using var pair = await HostPair.StartAsync("postgres");
        var script = new CampaignScript(new GraphQLClient(pair.A.Client, CampaignHost.AdminKey), new GraphQLClient(pair.A.Client));
        var (id, codes) = await AgencyCampaign.OpenAsync(script, 1);
        var clients = Enumerable.Range(0, 100)
            .Select(n => new HttpClient { BaseAddress = (n % 2 == 0 ? pair.A : pair.B).BaseAddress, Timeout = TimeSpan.FromSeconds(120) })
            .ToArray();
        try
        {
            // Connections first, so the 100 submissions leave as close together as the machine allows.
            await Task.WhenAll(clients.Select(c => c.GetAsync("healthz")));
            var results = await Task.WhenAll(clients.Select(c =>
                new CampaignScript(script.Admin, new GraphQLClient(c)).SubmitAsync(codes[0], AgencyCampaign.Answers(AgencyCampaign.Agencies, "dissatisfied"))));

            Assert.Single(results, Accepted);
            Assert.All(results.Where(r => !Accepted(r)), r => Assert.Equal("CODE_ALREADY_USED", GraphQLClient.ErrorCode(r)));
        }
        finally
        {
            Array.ForEach(clients, c => c.Dispose());
        }

        Assert.Equal("CLOSED", await script.TransitionAsync("closeCampaign", id));
        Assert.Equal((1, 1), await CountsAsync(new GraphQLClient(pair.B.Client, CampaignHost.AdminKey), id));
    }

    private static bool Accepted(JsonElement result) =>
        result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
        && data.GetProperty("submitBallot").GetProperty("accepted").GetBoolean();

    private static async Task<(int Returned, int BallotsCast)> CountsAsync(GraphQLClient admin, string id)
    {
        var campaign = (await admin.DataAsync("query($id: ID!) { campaign(id: $id) { turnout { returned } report { ballotsCast } } }", new { id }))
            .GetProperty("campaign");
        return (campaign.GetProperty("turnout").EnumerateArray().Sum(t => t.GetProperty("returned").GetInt32()),
            campaign.GetProperty("report").GetProperty("ballotsCast").GetInt32());
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Cluster;

/// <summary>
/// Appraisal:ForwardedHeaders: a trusted proxy's X-Forwarded-For names the client the per-address limits count; the
/// same header from any other address is ignored. The public limit here is a burst of 2, so the third call is refused.
/// </summary>
public sealed class ForwardedHeadersTests
{
    private static readonly string[] SmallPublicLimit = ["--Appraisal:RateLimits:PublicPerMinute=1", "--Appraisal:RateLimits:PublicBurst=2"];

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_a_limit_of_its_own()
    {
        using var data = new TempDirectory();
        await using var host = await StartAsync(data, "--Appraisal:ForwardedHeaders:KnownProxies:0=127.0.0.1");

        Assert.Equal(new[] { false, false, true }, new[] { await LimitedAsync(host, "203.0.113.7"), await LimitedAsync(host, "203.0.113.7"), await LimitedAsync(host, "203.0.113.7") });

        Assert.False(await LimitedAsync(host, "203.0.113.8"));
    }

    [Fact]
    public async Task From_an_address_that_is_not_a_known_proxy_the_header_is_ignored()
    {
        using var data = new TempDirectory();
        await using var host = await StartAsync(data, "--Appraisal:ForwardedHeaders:KnownProxies=192.0.2.1", "--Appraisal:ForwardedHeaders:KnownNetworks=10.0.0.0/8");

        Assert.Equal(new[] { false, false, true }, new[] { await LimitedAsync(host, "203.0.113.7"), await LimitedAsync(host, "203.0.113.8"), await LimitedAsync(host, "203.0.113.9") });
    }

    private static async Task<HostProcess> StartAsync(TempDirectory data, params string[] forwarding)
    {
        var host = HostProcess.Start(data.Path, [$"--Appraisal:AdminKey={CampaignHost.AdminKey}", .. SmallPublicLimit, .. forwarding]);
        await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    /// <summary>Asks for a ballot (a public operation under the per-address limit) as <paramref name="client"/> behind a proxy; true when refused for the rate.</summary>
    private static async Task<bool> LimitedAsync(HostProcess host, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "graphql")
        {
            Content = JsonContent.Create(new { query = "query($c: String!) { ballot(code: $c) { campaignId } }", variables = new { c = "ABCD-EFGH-JKLM" } }),
        };
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await host.Client.SendAsync(request);
        return GraphQLClient.ErrorCode(await response.Content.ReadFromJsonAsync<JsonElement>()) == "RATE_LIMITED";
    }
}

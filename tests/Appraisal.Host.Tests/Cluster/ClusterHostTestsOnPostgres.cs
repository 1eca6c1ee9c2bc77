using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Cluster;

/// <summary>The pair on one PostgreSQL database, and the login limit that holds across its hosts.</summary>
public sealed class ClusterHostTestsOnPostgres : ClusterHostTests
{
    protected override string Provider => "postgres";

    [Fact]
    public async Task Guessing_one_login_on_both_hosts_gets_ten_tries_in_all_then_both_refuse()
    {
        await using var pair = await HostPair.StartAsync(Provider);
        const string Login = "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token } }";
        var hosts = new[] { new GraphQLClient(pair.A.Client), new GraphQLClient(pair.B.Client) };

        // The shared count runs in fixed one-minute windows (UTC minutes): start early in one, so all attempts fall in it.
        if (DateTime.UtcNow.Second > 40)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - DateTime.UtcNow.Second));
        }

        var codes = new List<string?>();
        for (var i = 0; i < 12; i++)
        {
            codes.Add(GraphQLClient.ErrorCode(await hosts[i % 2].SendAsync(Login, new { l = "Victim", p = $"guess-{i}" })));
        }

        // Within one minute's window: 10 failures spread over both hosts, then each host refuses, the login spelled otherwise too.
        Assert.Equal([.. Enumerable.Repeat("LOGIN_FAILED", 10), "RATE_LIMITED", "RATE_LIMITED"], codes);
        Assert.Equal("RATE_LIMITED", GraphQLClient.ErrorCode(await hosts[0].SendAsync(Login, new { l = " victim ", p = "x" })));
    }
}

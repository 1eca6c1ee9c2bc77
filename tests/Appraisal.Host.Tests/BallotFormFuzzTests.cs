using System.Net;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Fuzz;
using Appraisal.Host.Tests.Pages;
using Xunit.Abstractions;

namespace Appraisal.Host.Tests;

/// <summary>
/// The quick fuzz of the ballot forms on a real host, one campaign of each bundled type: <c>submitBallot</c> with
/// broken answers, the ballot page and the code entry page posted with broken fields, spent and malformed codes,
/// no antiforgery, odd content types, invalid UTF-8 and oversized bodies. Nothing may get a 5xx or go unanswered,
/// the valid ballots among the inputs are accepted, and the turnout is exactly those: a refused input stores
/// nothing. Set <c>APPRAISAL_FUZZ_SEED</c> to replay a printed seed; the long run is <c>tests/bench/fuzz/run.sh</c>.
/// </summary>
public sealed class BallotFormFuzzTests(CampaignHost host, ITestOutputHelper output) : IClassFixture<CampaignHost>
{
    private const int DefaultSeed = 20_261_207;
    private const int Inputs = 2_000;

    private static int Seed => FuzzSeed.Or(DefaultSeed);

    [Fact]
    public async Task Two_thousand_fuzzed_ballot_inputs_get_no_5xx_and_only_the_accepted_ballots_are_stored()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var campaigns = await FormFuzzCampaigns.OpenAsync(script, host.Anonymous, codes: 300);
        // No cookie jar: each case decides whether the antiforgery cookie goes with it.
        using var client = new HttpClient(new SocketsHttpHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.Host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var antiforgery = await Antiforgery.FetchAsync(client, campaigns[0].PeekFresh()!);
        var fuzzer = new FormFuzzer(client, new FormCaseGenerator(campaigns, antiforgery), antiforgery, Seed);

        var stats = await fuzzer.RunAsync(Inputs, TimeSpan.FromSeconds(120), workers: 4);

        output.WriteLine($"seed {Seed}: {stats}");
        Assert.True(stats.FailureCount == 0, string.Join("\n\n", stats.Failures));
        Assert.Equal(Inputs, stats.Inputs);
        Assert.All(campaigns, campaign => Assert.True(campaign.Accepted > 0, $"no valid ballot was accepted in {campaign.Name}"));
        Assert.Empty(await FormFuzzer.CheckTurnoutAsync(campaigns, id => PageCampaigns.ReturnedAsync(script, id)));
        using var health = await host.Host.Client.GetAsync("healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.DoesNotContain("unhandled exception", host.Host.Output, StringComparison.OrdinalIgnoreCase);
    }
}

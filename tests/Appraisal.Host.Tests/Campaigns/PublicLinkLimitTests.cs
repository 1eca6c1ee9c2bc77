using System.Net.Http.Json;
using System.Text.Json;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>
/// The public link's per-address limit: once an address has taken its device tokens (or cast its ballots) it is
/// refused with RATE_LIMITED and a Retry-After header, while the other public operations keep their own limit.
/// </summary>
public sealed class PublicLinkLimitTests(SmallPublicLinkLimitHost host) : IClassFixture<SmallPublicLinkLimitHost>
{
    [Fact]
    public async Task An_address_that_used_up_its_tokens_or_ballots_is_refused_with_retry_after()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(script, PublicSurveyScript.PublicMode());
        var (_, codes) = await BallotCastingTests.OpenAgencyCampaignAsync(script, codes: 1);
        var visitor = new PublicSurveyScript(host.Anonymous);

        var tokens = new List<string>();
        for (var i = 0; i < SmallPublicLinkLimitHost.Burst; i++)
        {
            tokens.Add(await visitor.TokenAsync(id));
        }

        var (tokenRefused, tokenRetry) = await PostAsync(PublicSurveyScript.SurveyQuery, new { id });
        foreach (var token in tokens)
        {
            Assert.True(PublicSurveyScript.Accepted(await visitor.SubmitAsync(id, token)));
        }

        var (castRefused, castRetry) = await PostAsync(
            PublicSurveyScript.SubmitMutation, new { id, token = tokens[0], answers = PublicSurveyScript.Answers().ToArray() });

        Assert.Equal("RATE_LIMITED", GraphQLClient.ErrorCode(tokenRefused));
        Assert.Equal("RATE_LIMITED", GraphQLClient.ErrorCode(castRefused));
        Assert.InRange(tokenRetry!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        Assert.InRange(castRetry!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

        // Code ballots are limited apart, by the generous per-minute public limit.
        var form = await host.Anonymous.DataAsync("query($c: String!) { ballot(code: $c) { campaignId } }", new { c = codes[0] });
        Assert.NotNull(form.GetProperty("ballot").GetProperty("campaignId").GetString());
        var turnout = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { turnout { returned } } }", new { id });
        Assert.Equal(SmallPublicLinkLimitHost.Burst, turnout.GetProperty("campaign").GetProperty("turnout")[0].GetProperty("returned").GetInt32());
    }

    private async Task<(JsonElement Result, TimeSpan? RetryAfter)> PostAsync(string query, object variables)
    {
        using var response = await host.Host.Client.PostAsJsonAsync("graphql", new { query, variables });
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (document.RootElement.Clone(), response.Headers.RetryAfter?.Delta);
    }
}

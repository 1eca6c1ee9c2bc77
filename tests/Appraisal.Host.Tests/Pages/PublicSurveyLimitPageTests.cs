using System.Globalization;
using System.Net;
using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// The public survey page draws on the public link's per-address limits, as GraphQL's <c>publicSurvey</c> does: on
/// a host that allows <see cref="SmallPublicLinkLimitHost.Burst"/> device tokens per address, the next new visitor
/// from the address gets a 429 page saying when to try again, in Chinese or in English, and no token.
/// </summary>
public sealed class PublicSurveyLimitPageTests(SmallPublicLinkLimitHost host) : IClassFixture<SmallPublicLinkLimitHost>
{
    [Fact]
    public async Task New_visitors_past_the_addresss_token_budget_get_a_429_page_saying_when_to_retry()
    {
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(new CampaignScript(host.Admin, host.Anonymous), PublicSurveyScript.PublicMode());
        for (var i = 0; i < SmallPublicLinkLimitHost.Burst; i++)
        {
            using var visitor = new PageClient(host.Host.BaseAddress);
            Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync($"/s/{id}")).Status);
        }

        using var chinese = new PageClient(host.Host.BaseAddress);
        using var english = new PageClient(host.Host.BaseAddress);
        var refused = await chinese.GetAsync($"/s/{id}");
        var refusedEnglish = await english.GetAsync($"/s/{id}?lang=en");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        var seconds = int.Parse(refused.Header("Retry-After"), CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 60);
        Assert.Equal($"请求过于频繁，请 {seconds} 秒后再试。", refused.Document.QuerySelector("h1")!.TextContent);
        Assert.Empty(refused.Document.QuerySelectorAll("fieldset.q"));
        Assert.Null(PublicSurveys.DeviceCookie(refused));
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedEnglish.Status);
        Assert.StartsWith("Too many requests; try again in ", refusedEnglish.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}

using System.Net;
using Appraisal.Core.Ballots;
using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// Typing a code from a paper slip, codes that cannot vote, and the English switch: pages that say what is wrong,
/// never an exception.
/// </summary>
public sealed class CodePageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private CampaignScript Script => new(host.Admin, host.Anonymous);

    [Fact]
    public async Task A_loosely_typed_code_leads_to_its_ballot_and_a_mistyped_one_comes_back_with_the_reason()
    {
        var (_, codes) = await PageCampaigns.OpenBranchAsync(Script, ["张伟", "王芳"], codes: 1);
        var code = BallotCode.Parse(codes[0]);
        using var client = new PageClient(host.Host.BaseAddress);
        var entry = await client.GetAsync("/b");
        Assert.Equal("no-referrer", entry.Header("Referrer-Policy"));

        // Lower case, spaces for dashes, a full-width first character from a Chinese input method.
        var canonical = code.Canonical;
        var typed = $" {(char)(canonical[0] + 0xFEE0)}{canonical[1..5].ToLowerInvariant()} {canonical[5..10]} {canonical[10..]} ";
        var opened = await client.SubmitAsync(entry, entry.Values().Set("Code", typed), step: null);

        Assert.Equal(HttpStatusCode.Redirect, opened.Status);
        Assert.Equal("/b/" + canonical, opened.Location!.AbsolutePath);

        var mistyped = canonical[..3] + (canonical[3] == '7' ? '8' : '7') + canonical[4..];
        var refused = await client.SubmitAsync(entry, entry.Values().Set("Code", mistyped), step: null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("测评码有误：可能输错了一位，请核对。", refused.Document.GetElementById("code-error")!.TextContent);
        Assert.Equal(mistyped, refused.Document.GetElementById("code")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_code_that_cannot_vote_gets_a_page_saying_why()
    {
        var (id, codes) = await PageCampaigns.OpenBranchAsync(Script, ["张伟", "王芳"], codes: 3);
        await host.Admin.DataAsync("mutation($id: ID!, $c: [String!]!) { voidBallotCodes(campaignId: $id, codes: $c) }", new { id, c = new[] { codes[1] } });
        using var client = new PageClient(host.Host.BaseAddress);

        await AssertProblemAsync(client, BallotCode.Generate().ToString(), HttpStatusCode.NotFound, "CODE_NOT_FOUND", "没有这个测评码");
        await AssertProblemAsync(client, "ABCDE-FGHJK-MNPQ", HttpStatusCode.NotFound, "INVALID_CODE", "测评码有误");
        await AssertProblemAsync(client, codes[1], HttpStatusCode.Gone, "CODE_VOIDED", "测评码已作废");
        Assert.Equal("CLOSED", await Script.TransitionAsync("closeCampaign", id));
        await AssertProblemAsync(client, codes[2], HttpStatusCode.Forbidden, "CAMPAIGN_NOT_OPEN", "现在不能投票");
    }

    [Fact]
    public async Task The_pages_speak_English_when_asked_and_remember_it_until_asked_back()
    {
        var (_, codes) = await PageCampaigns.OpenBranchAsync(Script, ["张伟", "王芳"], codes: 1);
        using var client = new PageClient(host.Host.BaseAddress);

        var english = await client.GetAsync($"/b/{codes[0]}?lang=en");
        var remembered = await client.GetAsync($"/b/{codes[0]}");
        var chinese = await client.GetAsync($"/b/{codes[0]}?lang=zh");

        foreach (var page in new[] { english, remembered })
        {
            Assert.Equal("en", page.Document.DocumentElement.GetAttribute("lang"));
            Assert.Equal(["Name", "Excellent", "Qualified", "Basically qualified", "Unqualified"], page.Document.QuerySelectorAll(".mh span").Select(s => s.TextContent));
            Assert.Equal("中文", page.Document.QuerySelector(".top a")!.TextContent);
        }

        Assert.Equal("zh-CN", chinese.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("评议等次", chinese.Document.QuerySelector("h2")!.TextContent.Split('*')[0]);

        // A problem is in the reader's language too.
        var refused = await client.GetAsync($"/b/{BallotCode.Generate()}?lang=en");
        Assert.Equal("No such ballot code", refused.Document.QuerySelector("h1")!.TextContent);
    }

    private static async Task AssertProblemAsync(PageClient client, string code, HttpStatusCode status, string problem, string title)
    {
        var page = await client.GetAsync("/b/" + code);
        Assert.Equal(status, page.Status);
        Assert.Equal(problem, page.Document.GetElementById("code-problem")!.GetAttribute("data-code"));
        Assert.Equal(title, page.Document.QuerySelector("h1")!.TextContent);
        Assert.Equal("/b", page.Document.QuerySelector("main a")!.GetAttribute("href"));
        Assert.Empty(page.Rows);
    }
}

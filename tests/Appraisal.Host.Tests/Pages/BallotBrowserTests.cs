using System.Text.RegularExpressions;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;
using Microsoft.Playwright;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// A member votes on a phone: the system Chromium at 360 × 740 with JavaScript off opens <c>/b/{code}</c>, fills the
/// matrix, checks and confirms, and gets the receipt. Screenshots of each step are kept under the test output's
/// <c>artifacts/screenshots/</c>; every request the browser makes is recorded and must go to the host.
/// </summary>
public sealed partial class BallotBrowserTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [SkippableFact]
    public async Task A_member_votes_on_a_phone_without_JavaScript_and_gets_a_receipt()
    {
        var unavailable = await SystemChromium.UnavailableReasonAsync();
        Skip.If(unavailable is not null, unavailable);
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (id, codes) = await PageCampaigns.OpenBranchAsync(script, PageCampaigns.Branch, codes: 1);
        await using var phone = await PhoneBrowser.StartAsync();
        var page = phone.Page;

        await page.GotoAsync(new Uri(host.Host.BaseAddress, "b/" + codes[0]).ToString());
        Assert.Equal(PageCampaigns.Branch.Count, await page.Locator("fieldset.mr").CountAsync());
        await phone.StepAsync("ballot-1-form");

        var rows = page.Locator("fieldset.mr");
        for (var i = 0; i < PageCampaigns.Branch.Count; i++)
        {
            await rows.Nth(i).GetByRole(AriaRole.Radio, new() { Name = i == 0 ? "优秀" : "合格", Exact = true }).CheckAsync();
        }

        // A member's optional items unfold without script (details/summary) and take a tick.
        await rows.Nth(1).Locator("summary").ClickAsync();
        await rows.Nth(1).GetByRole(AriaRole.Checkbox, new() { Name = "纪律散漫" }).CheckAsync();
        await page.GetByRole(AriaRole.Group, new() { NameRegex = CommitteeQuestion() })
            .GetByRole(AriaRole.Radio, new() { Name = "满意", Exact = true }).CheckAsync();
        await phone.StepAsync("ballot-2-filled");

        await page.GetByRole(AriaRole.Button, new() { Name = "下一步：核对" }).ClickAsync();
        Assert.Equal("请核对你的选择", await page.Locator("h1").TextContentAsync());
        Assert.Contains("纪律散漫", await page.Locator("dl.rv").First.TextContentAsync(), StringComparison.Ordinal);
        await phone.StepAsync("ballot-3-review");

        await page.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        Assert.Equal("投票成功", await page.Locator("h1").TextContentAsync());
        Assert.Matches("^[0-9a-f]{64}$", await page.Locator("#receipt-digest").TextContentAsync());
        await phone.StepAsync("ballot-4-receipt");

        Assert.Equal(1, await PageCampaigns.ReturnedAsync(script, id));
        phone.AssertOnlyRequested(host.Host.BaseAddress);
    }

    [GeneratedRegex("^对党支部委员会的总体评价")]
    private static partial Regex CommitteeQuestion();
}

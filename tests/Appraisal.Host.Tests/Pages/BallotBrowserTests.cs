using System.Collections.Concurrent;
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
    private const int PhoneWidth = 360;

    private static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    [SkippableFact]
    public async Task A_member_votes_on_a_phone_without_JavaScript_and_gets_a_receipt()
    {
        var unavailable = await SystemChromium.UnavailableReasonAsync();
        Skip.If(unavailable is not null, unavailable);
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (id, codes) = await PageCampaigns.OpenBranchAsync(script, PageCampaigns.Branch, codes: 1);
        Directory.CreateDirectory(Screenshots);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = SystemChromium.ExecutablePath, Args = SystemChromium.Arguments, Headless = true,
        });
        await using var context = await browser.NewContextAsync(new()
        {
            JavaScriptEnabled = false, ViewportSize = new() { Width = PhoneWidth, Height = 740 }, IsMobile = true, HasTouch = true,
        });
        var requests = new ConcurrentQueue<string>();
        context.Request += (_, request) => requests.Enqueue(request.Url);
        var page = await context.NewPageAsync();
        var cdp = await context.NewCDPSessionAsync(page);

        await page.GotoAsync(new Uri(host.Host.BaseAddress, "b/" + codes[0]).ToString());
        Assert.Equal(PageCampaigns.Branch.Count, await page.Locator("fieldset.mr").CountAsync());
        await StepAsync(page, cdp, "1-form");

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
        await StepAsync(page, cdp, "2-filled");

        await page.GetByRole(AriaRole.Button, new() { Name = "下一步：核对" }).ClickAsync();
        Assert.Equal("请核对你的选择", await page.Locator("h1").TextContentAsync());
        Assert.Contains("纪律散漫", await page.Locator("dl.rv").First.TextContentAsync(), StringComparison.Ordinal);
        await StepAsync(page, cdp, "3-review");

        await page.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        Assert.Equal("投票成功", await page.Locator("h1").TextContentAsync());
        Assert.Matches("^[0-9a-f]{64}$", await page.Locator("#receipt-digest").TextContentAsync());
        await StepAsync(page, cdp, "4-receipt");

        Assert.Equal(1, await PageCampaigns.ReturnedAsync(script, id));
        var origin = host.Host.BaseAddress.GetLeftPart(UriPartial.Authority) + "/";
        Assert.Contains(requests, url => url.Contains("/assets/site.", StringComparison.Ordinal)); // requests are being recorded
        Assert.All(requests, url => Assert.StartsWith(origin, url, StringComparison.Ordinal));
    }

    /// <summary>Keeps a screenshot of the step and checks that the page does not scroll sideways.</summary>
    private static async Task StepAsync(IPage page, ICDPSession cdp, string name)
    {
        // The page's own scripts are off, so script runs through the DevTools protocol, as DevTools would run it. Back
        // to the top first, so the sticky grade headings are where a reader first sees them.
        await EvaluateAsync(cdp, "window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"ballot-{name}.png"), FullPage = true });
        var width = (await EvaluateAsync(cdp, "document.scrollingElement.scrollWidth")).GetInt32();
        Assert.True(width <= PhoneWidth, $"At step {name} the page is {width} px wide and scrolls sideways at {PhoneWidth} px.");
    }

    private static async Task<System.Text.Json.JsonElement> EvaluateAsync(ICDPSession cdp, string expression)
    {
        var result = await cdp.SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = expression, ["returnByValue"] = true });
        return result!.Value.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    [GeneratedRegex("^对党支部委员会的总体评价")]
    private static partial Regex CommitteeQuestion();
}

using System.Buffers.Binary;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;
using Microsoft.Playwright;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>
/// An organiser runs the console on a phone: the system Chromium at 360 × 740 with JavaScript off signs in, creates a
/// campaign with the wizard, adds a rater group, opens it through the confirmation step and looks at the turnout. No
/// page may scroll sideways; screenshots are kept under the test output's <c>artifacts/screenshots/</c>.
/// </summary>
public sealed class AdminBrowserTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private const int PhoneWidth = 360;

    private static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    [SkippableFact]
    public async Task An_organiser_creates_and_opens_a_campaign_on_a_phone_without_JavaScript()
    {
        var unavailable = await SystemChromium.UnavailableReasonAsync();
        Skip.If(unavailable is not null, unavailable);
        var login = await AdminConsole.CreateAccountAsync(host, "ORGANIZER", "李组织");
        Directory.CreateDirectory(Screenshots);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = SystemChromium.ExecutablePath, Args = SystemChromium.Arguments, Headless = true,
        });
        await using var context = await browser.NewContextAsync(new()
        {
            JavaScriptEnabled = false, ViewportSize = new() { Width = PhoneWidth, Height = 740 }, DeviceScaleFactor = 1, IsMobile = true,
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(host.Host.BaseAddress, "admin").ToString());
        await KeepAsync(page, "1-login");
        await page.GetByLabel("登录名").FillAsync(login);
        await page.GetByLabel("密码").FillAsync(AdminConsole.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        Assert.Equal("活动列表", await page.Locator("h1").TextContentAsync());
        await KeepAsync(page, "2-list");

        await page.GetByRole(AriaRole.Link, new() { Name = "新建活动" }).ClickAsync();
        await KeepAsync(page, "3-types");
        await page.GetByRole(AriaRole.Link, new() { Name = "民主评议党员" }).ClickAsync();
        await page.GetByLabel("活动名称").FillAsync("2026年度第一党支部民主评议党员");
        await KeepAsync(page, "4-details");
        await page.GetByRole(AriaRole.Button, new() { Name = "创建草稿" }).ClickAsync();
        Assert.Equal("2026年度第一党支部民主评议党员", await page.Locator("h1").TextContentAsync());

        await page.GetByLabel("群体代码").FillAsync("members");
        await page.GetByLabel("中文名称").FillAsync("党员");
        await page.GetByLabel("权重（选填）").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await KeepAsync(page, "5-campaign");

        await page.GetByRole(AriaRole.Link, new() { Name = "开始投票" }).ClickAsync();
        await KeepAsync(page, "6-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认开始投票" }).ClickAsync();
        Assert.Equal("进行中", await page.Locator("main .st").First.TextContentAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "查看参评情况（实时）" }).ClickAsync();
        Assert.Equal("参评情况", await page.Locator("h1").TextContentAsync());
        await KeepAsync(page, "7-turnout");
    }

    /// <summary>
    /// Keeps a full-page screenshot, whose width is the page's: wider than the phone means it scrolls sideways. Read from
    /// the PNG header, since the page runs no script to ask.
    /// </summary>
    private static async Task KeepAsync(IPage page, string name)
    {
        var png = await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"admin-{name}.png"), FullPage = true });
        var width = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4));
        Assert.True(width <= PhoneWidth, $"At step {name} the page is {width} px wide and scrolls sideways at {PhoneWidth} px.");
    }
}

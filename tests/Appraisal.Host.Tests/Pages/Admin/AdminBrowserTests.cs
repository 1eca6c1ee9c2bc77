using System.Buffers.Binary;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Exports;
using Appraisal.Host.Tests.Support;
using Microsoft.Playwright;

namespace Appraisal.Host.Tests.Pages.Admin;

/// <summary>
/// An organiser runs a campaign from the console on a phone: the system Chromium at 360 × 740 with JavaScript off signs
/// in, creates a 民主评议党员 campaign with the wizard, adds a rater group, imports the roster from a CSV file through
/// its preview, issues codes and gets the slips, opens, watches the turnout while members vote, closes and publishes
/// through the confirmation steps, and downloads the XLSX, which holds exactly the published ballots. No page may
/// scroll sideways or request anything from another host; screenshots are kept under the test output's
/// <c>artifacts/screenshots/</c>.
/// </summary>
public sealed class AdminBrowserTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private const int PhoneWidth = 360;

    private static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    [SkippableFact]
    public async Task An_organiser_runs_a_campaign_from_a_CSV_roster_to_the_XLSX_download_on_a_phone_without_JavaScript()
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
            JavaScriptEnabled = false, ViewportSize = new() { Width = PhoneWidth, Height = 740 }, DeviceScaleFactor = 1, IsMobile = true, AcceptDownloads = true,
        });
        var requests = new System.Collections.Concurrent.ConcurrentQueue<string>();
        context.Request += (_, request) => requests.Enqueue(request.Url);
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
        var campaignUrl = page.Url;
        var id = campaignUrl[(campaignUrl.LastIndexOf('/') + 1)..];
        await page.GotoAsync(campaignUrl + "/groups/members");
        Assert.Equal("党员", await page.GetByLabel("中文名称").InputValueAsync());
        await KeepAsync(page, "5b-group-edit");
        await page.GotoAsync(campaignUrl);

        // The roster from a CSV file as Excel saves it (UTF-8 with a BOM), previewed before anything is saved.
        await page.GetByRole(AriaRole.Link, new() { Name = "评议对象名册（导入）" }).ClickAsync();
        await page.GetByLabel("名册文件").SetInputFilesAsync(new FilePayload { Name = "名册.csv", MimeType = "text/csv", Buffer = RosterCsv() });
        await page.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        Assert.Contains("导入预览", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await KeepAsync(page, "6-roster-preview");
        await page.GetByRole(AriaRole.Button, new() { Name = $"确认导入 {Roster.Length} 个评议对象" }).ClickAsync();
        Assert.Contains($"已导入 {Roster.Length} 个评议对象。", await page.Locator("main").TextContentAsync(), StringComparison.Ordinal);
        await KeepAsync(page, "7-roster");

        // Codes: the answer to issuing them is the sheet of slips, the only time the codes are shown.
        await page.GotoAsync(campaignUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "测评码（发放、打印、作废）" }).ClickAsync();
        await page.GetByLabel("张数").FillAsync(Slips.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "发放并打印" }).ClickAsync();
        var codes = (await page.Locator(".slip .sc").AllTextContentsAsync()).Select(c => c.Trim()).ToArray();
        Assert.Equal(Slips, codes.Distinct().Count());
        await KeepAsync(page, "8-slips");

        await page.GotoAsync(campaignUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "开始投票" }).ClickAsync();
        await KeepAsync(page, "9-confirm-open");
        await page.GetByRole(AriaRole.Button, new() { Name = "确认开始投票" }).ClickAsync();
        Assert.Equal("进行中", await page.Locator("main .st").First.TextContentAsync());

        // The members vote with the printed codes (through the API here; the ballot page has its own browser test).
        var script = new CampaignScript(host.Admin, host.Anonymous);
        foreach (var code in codes)
        {
            var result = await script.SubmitAsync(code, Ballot());
            Assert.True(result.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean(), result.ToString());
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "查看参评情况（实时）" }).ClickAsync();
        Assert.Equal("参评情况", await page.Locator("h1").TextContentAsync());
        await KeepAsync(page, "10-turnout");

        foreach (var (step, confirm) in new[] { ("结束投票", "确认结束投票"), ("公布结果", "确认公布结果") })
        {
            await page.GotoAsync(campaignUrl);
            await page.GetByRole(AriaRole.Link, new() { Name = step }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = confirm }).ClickAsync();
        }

        Assert.Equal("PUBLISHED", (await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { status } }", new { id }))
            .GetProperty("campaign").GetProperty("status").GetString());
        await page.GotoAsync(campaignUrl);
        await page.GetByRole(AriaRole.Link, new() { Name = "测评结果与下载" }).ClickAsync();
        await KeepAsync(page, "11-results");
        await page.GotoAsync(campaignUrl + "/report");
        await KeepAsync(page, "12-report");
        await page.GotoAsync(campaignUrl + "/committee");
        Assert.Equal(Roster.Length, await page.Locator("main tbody tr").CountAsync());
        await KeepAsync(page, "13-committee");
        await page.GotoAsync(campaignUrl + "/results");

        // The XLSX the organiser downloads holds exactly the published ballots.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href$='/downloads/ballots.xlsx']").ClickAsync());
        var file = await File.ReadAllBytesAsync((await download.PathAsync())!);
        var rows = ExportFiles.ReadXlsx(file)["选票 Ballots"];
        var box = (await host.Anonymous.DataAsync(
            "query($id: ID!) { ballotBox(campaignId: $id) { sheets { id digest } } }", new { id })).GetProperty("ballotBox");
        var sheets = box.GetProperty("sheets").EnumerateArray().ToArray();
        Assert.Equal(Slips, sheets.Length);
        var digestColumn = Array.IndexOf(rows[1], "sheet_digest");
        Assert.Equal(
            sheets.Select(s => (s.GetProperty("id").GetString(), s.GetProperty("digest").GetString())),
            rows.Skip(2).Select(r => ((string?)r[0], (string?)r[digestColumn])));

        // An administrator's plugin page, in a browser of its own.
        var administrator = await AdminConsole.CreateAccountAsync(host, "ADMIN", "王管理");
        await using var adminContext = await browser.NewContextAsync(new()
        {
            JavaScriptEnabled = false, ViewportSize = new() { Width = PhoneWidth, Height = 740 }, DeviceScaleFactor = 1, IsMobile = true,
        });
        adminContext.Request += (_, request) => requests.Enqueue(request.Url);
        var adminPage = await adminContext.NewPageAsync();
        await adminPage.GotoAsync(new Uri(host.Host.BaseAddress, "admin/plugins").ToString());
        await adminPage.GetByLabel("登录名").FillAsync(administrator);
        await adminPage.GetByLabel("密码").FillAsync(AdminConsole.Password);
        await adminPage.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        Assert.EndsWith("/admin/plugins", adminPage.Url, StringComparison.Ordinal);
        await KeepAsync(adminPage, "14-plugins");

        // Every page, stylesheet and download came from the host itself (intranet deployments are offline).
        var origin = host.Host.BaseAddress.GetLeftPart(UriPartial.Authority) + "/";
        Assert.Contains(requests, url => url.Contains("/assets/console.", StringComparison.Ordinal));
        Assert.All(requests, url => Assert.StartsWith(origin, url, StringComparison.Ordinal));
    }

    private const int Slips = 3;

    /// <summary>Three 正式党员 and one 预备党员, as a branch secretary's roster names them.</summary>
    private static readonly (string Id, string Name, string Membership)[] Roster =
        [("m01", "张伟", "正式党员"), ("m02", "王芳", "正式党员"), ("m03", "李娜", "正式党员"), ("m04", "刘洋", "预备党员")];

    private static byte[] RosterCsv() =>
        [.. System.Text.Encoding.UTF8.GetPreamble(),
         .. System.Text.Encoding.UTF8.GetBytes("编号,姓名,党员类别\r\n" + string.Concat(Roster.Select(m => $"{m.Id},{m.Name},{m.Membership}\r\n")))];

    /// <summary>A grade for every 正式党员 (预备党员 are not graded) and the required overall view of the committee.</summary>
    private static object[] Ballot() =>
        [.. Roster.Where(m => m.Membership == "正式党员").Select(m => (object)new { itemKey = "grade", subjectId = m.Id, optionKeys = new[] { "qualified" } }),
         new { itemKey = "committee-overall", optionKeys = new[] { "satisfied" } }];

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

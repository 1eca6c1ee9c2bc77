using System.Text.RegularExpressions;
using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;
using Microsoft.Playwright;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// A citizen answers the public survey on a phone: the system Chromium at 360 × 740 with JavaScript off opens
/// <c>/s/{campaign}</c>, skips the required question and is told so beside it, answers, checks and confirms, and gets
/// the receipt. Screenshots of each step are kept (<c>survey-*.png</c>); no step scrolls sideways; every request goes
/// to the host.
/// </summary>
public sealed partial class PublicSurveyBrowserTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [SkippableFact]
    public async Task A_citizen_answers_the_public_survey_on_a_phone_without_JavaScript_and_gets_a_receipt()
    {
        var unavailable = await SystemChromium.UnavailableReasonAsync();
        Skip.If(unavailable is not null, unavailable);
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(script, PublicSurveyScript.PublicMode());
        await using var phone = await PhoneBrowser.StartAsync();
        var page = phone.Page;

        await page.GotoAsync(new Uri(host.Host.BaseAddress, $"s/{id}").ToString());
        Assert.Equal("2026年度政务服务中心满意度测评", await page.Locator("h1").TextContentAsync());
        await phone.StepAsync("survey-1-form");

        await page.GetByRole(AriaRole.Button, new() { Name = "下一步：核对" }).ClickAsync();
        var overall = page.Locator("fieldset.q").Filter(new() { Has = page.Locator("legend", new() { HasTextString = PublicSurveys.Overall }) }).First;
        Assert.Contains("这道题必须作答。", await overall.Locator(".e").AllTextContentsAsync());
        await phone.StepAsync("survey-2-problems");

        var questions = page.Locator("fieldset.q");
        for (var i = 0; i < await questions.CountAsync(); i++)
        {
            await questions.Nth(i).GetByRole(AriaRole.Radio, new() { Name = i == 0 ? "不满意" : "满意", Exact = true }).CheckAsync();
        }

        await page.GetByRole(AriaRole.Textbox, new() { Name = "整体满意度：请说明不满意的原因" }).FillAsync("窗口太少，排队一个小时");
        await phone.StepAsync("survey-3-filled");

        await page.GetByRole(AriaRole.Button, new() { Name = "下一步：核对" }).ClickAsync();
        Assert.Equal("请核对你的选择", await page.Locator("h1").TextContentAsync());
        Assert.Contains("窗口太少，排队一个小时", await page.Locator("dl.rv").TextContentAsync(), StringComparison.Ordinal);
        await phone.StepAsync("survey-4-review");

        await page.GetByRole(AriaRole.Button, new() { Name = "确认提交" }).ClickAsync();
        Assert.Equal("投票成功", await page.Locator("h1").TextContentAsync());
        Assert.Matches("^[0-9a-f]{64}$", await page.Locator("#receipt-digest").TextContentAsync());
        await phone.StepAsync("survey-5-receipt");

        Assert.Equal((0, 1, 1), await PublicSurveys.TurnoutAsync(script, id));
        phone.AssertOnlyRequested(host.Host.BaseAddress);
    }

    [SkippableFact]
    public async Task The_poster_fits_a_phone_and_prints_on_one_A4_page()
    {
        var unavailable = await SystemChromium.UnavailableReasonAsync();
        Skip.If(unavailable is not null, unavailable);
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(new CampaignScript(host.Admin, host.Anonymous), PublicSurveyScript.PublicMode());
        await using var phone = await PhoneBrowser.StartAsync();
        var page = phone.Page;

        await page.GotoAsync(new Uri(host.Host.BaseAddress, $"print/poster/{id}").ToString());
        await phone.StepAsync("poster-1-screen");

        // A4 at 96 dpi for the print preview; the PDF takes its page size from the stylesheet's @page.
        await page.SetViewportSizeAsync(794, 1123);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Locator("header.top").IsVisibleAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(PhoneBrowser.Screenshots, "poster-2-print.png"), FullPage = true });
        var pdf = await page.PdfAsync(new() { Path = Path.Combine(PhoneBrowser.Screenshots, "poster.pdf"), PreferCSSPageSize = true });
        Assert.Equal(1, PdfPages().Count(System.Text.Encoding.Latin1.GetString(pdf)));
        phone.AssertOnlyRequested(host.Host.BaseAddress);
    }

    /// <summary>A page object of a PDF (not the /Pages tree above them).</summary>
    [GeneratedRegex(@"/Type\s*/Page\b(?!s)")]
    private static partial Regex PdfPages();
}

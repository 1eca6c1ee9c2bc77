using Appraisal.Host.Tests.Campaigns;
using Appraisal.Host.Tests.Support;
using Microsoft.Playwright;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// Text that organisers and voters type is shown as text. A public survey whose title and question texts are markup,
/// answered with markup, and a 民主评议 ballot whose title and member names are markup: each string is visible as
/// typed, no element came of it, no dialog opened, and nothing asked the host for <c>x</c>. The browser runs the
/// page's scripts here (JavaScript on, unlike the other phone tests), so that injected markup would get its chance.
/// </summary>
public sealed class HostileTextBrowserTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private const string Img = "\"><img src=x onerror=alert(1)>";
    private const string Svg = "'><svg onload=alert(2)>";
    private const string Script = PageCampaigns.HostileName;

    /// <summary>What markup in a text would create; a page of ours has none of it but the QR poster's svg.</summary>
    private const string Injected = "document.querySelectorAll('script, img, svg, iframe, [onerror], [onload]').length";

    [SkippableFact]
    public async Task Markup_in_titles_questions_names_and_answers_is_shown_as_text_and_never_runs()
    {
        var unavailable = await SystemChromium.UnavailableReasonAsync();
        Skip.If(unavailable is not null, unavailable);
        var campaigns = new CampaignScript(host.Admin, host.Anonymous);
        var survey = await OpenHostileSurveyAsync(campaigns);
        var (_, codes) = await PageCampaigns.OpenBranchAsync(
            campaigns, ["张伟", Img, Svg, Script], codes: 1, title: $"民主评议党员 {Script}");
        await using var phone = await PhoneBrowser.StartAsync(javaScript: true);
        var page = phone.Page;

        await page.GotoAsync(new Uri(host.Host.BaseAddress, $"s/{survey}").ToString());
        Assert.Equal($"{Img} 满意度测评", await page.Locator("h1").TextContentAsync());
        Assert.Equal($"{Img} 满意度测评 - 测评系统", await page.TitleAsync());
        Assert.Equal(Svg, (await page.Locator("fieldset.q legend").First.TextContentAsync())![..Svg.Length]);
        Assert.Equal(Script, (await page.Locator(".q>label").TextContentAsync())![..Script.Length]);
        Assert.Equal(0, (await phone.EvaluateAsync(Injected)).GetInt32());
        await phone.StepAsync("hostile-1-survey");

        await page.Locator("fieldset.q").First.GetByRole(AriaRole.Radio, new() { Name = "满意", Exact = true }).CheckAsync();
        await page.Locator("textarea").FillAsync($"{Script}{Img}");
        await page.GetByRole(AriaRole.Button, new() { Name = "下一步：核对" }).ClickAsync();
        Assert.Contains($"{Script}{Img}", await page.Locator("dl.rv").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await phone.EvaluateAsync(Injected)).GetInt32());
        await phone.StepAsync("hostile-2-review");

        await page.GotoAsync(new Uri(host.Host.BaseAddress, "b/" + codes[0]).ToString());
        Assert.Equal($"民主评议党员 {Script}", await page.Locator("h1").TextContentAsync());
        Assert.Equal(["张伟", Img, Svg, Script], await page.Locator("fieldset.mr>legend").AllTextContentsAsync());
        Assert.Equal(0, (await phone.EvaluateAsync(Injected)).GetInt32());
        await phone.StepAsync("hostile-3-ballot");

        Assert.Empty(phone.Dialogs);
        Assert.DoesNotContain(phone.Requests, url => new Uri(url).AbsolutePath.EndsWith("/x", StringComparison.Ordinal));
        phone.AssertOnlyRequested(host.Host.BaseAddress);
    }

    /// <summary>An open public survey whose title and questions are markup: a required choice and a free-text box.</summary>
    private static async Task<string> OpenHostileSurveyAsync(CampaignScript campaigns)
    {
        var id = await campaigns.CreateAsync("satisfaction", $"{Img} 满意度测评", PublicSurveyScript.PublicMode());
        var questionnaire = new
        {
            scales = new[]
            {
                new
                {
                    key = "s", nameZhCn = "满意度", nameEn = "Satisfaction",
                    options = new object[]
                    {
                        new { key = "satisfied", labelZhCn = "满意", labelEn = "Satisfied", value = 100.0, countsAsSatisfied = true },
                        new { key = "dissatisfied", labelZhCn = "不满意", labelEn = "Dissatisfied", value = 0.0 },
                        new { key = "unknown", labelZhCn = "不了解", labelEn = "Don't know", isAbstain = true },
                    },
                },
            },
            items = new object[]
            {
                new { key = "overall", textZhCn = Svg, textEn = Svg, kind = "CHOICE", scope = "PER_BALLOT", scaleKey = "s" },
                new { key = "comments", textZhCn = Script, textEn = Script, kind = "TEXT", scope = "PER_BALLOT", required = false },
            },
        };
        await campaigns.Admin.DataAsync(
            "mutation($id: ID!, $q: QuestionnaireInput!) { setQuestionnaire(campaignId: $id, questionnaire: $q) { id } }", new { id, q = questionnaire });
        await campaigns.AddGroupsAsync(id, [CampaignScript.Group("citizens", "群众", 1)]);
        await campaigns.TransitionAsync("openCampaign", id);
        return id;
    }
}

using System.Net;
using System.IO.Compression;
using System.Text;
using Appraisal.Host.Tests.Campaigns;
using Xunit.Abstractions;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// <c>/s/{campaign}</c> over plain HTTP: a citizen casts through the public page and turnout counts it as a public
/// ballot; the device cookie stops a second ballot; a missing answer is shown beside its item with nothing stored;
/// a one-time-code survey refuses a wrong code beside the code field; a campaign without a public survey says so
/// with the right status.
/// </summary>
public sealed class PublicSurveyPageTests(CampaignHost host, ITestOutputHelper output) : IClassFixture<CampaignHost>
{
    private CampaignScript Script => new(host.Admin, host.Anonymous);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_standard_survey_has_every_input_labelled_and_weighs_under_60_KB(bool oneTimeCodes)
    {
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode(oneTimeCodes));
        using var client = new PageClient(host.Host.BaseAddress);

        var page = await client.GetAsync($"/s/{id}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("zh-CN", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(oneTimeCodes, page.Document.GetElementById("code") is not null);
        PageChecks.AssertLabelledAndSelfContained(page);
        Assert.StartsWith("default-src 'self'; script-src 'none'", page.Header("Content-Security-Policy"), StringComparison.Ordinal);
        var (html, styles) = await PageChecks.WeightAsync(client, page);
        output.WriteLine($"Public survey (one-time codes: {oneTimeCodes}): HTML {html} B + CSS {styles} B = {html + styles} B; "
            + $"HTML gzipped {Gzipped(page.Html)} B");
        Assert.True(html + styles < 60 * 1024, $"The survey page weighs {html + styles} bytes (HTML {html} + CSS {styles}).");
    }

    [Fact]
    public async Task A_citizen_casts_once_through_the_public_page_and_the_device_cookie_refuses_a_second_ballot()
    {
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode());
        using var client = new PageClient(host.Host.BaseAddress);

        var form = await client.GetAsync($"/s/{id}");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        var cookie = PublicSurveys.DeviceCookie(form);
        Assert.NotNull(cookie);
        Assert.Contains($"path=/s/{id}", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase); // plain HTTP here
        Assert.Contains("no-store", form.Header("Cache-Control"), StringComparison.Ordinal);
        Assert.Contains("不了解", form.Question(PublicSurveys.Overall).QuerySelectorAll("label").Select(l => l.TextContent));
        Assert.Null(form.Document.GetElementById("code")); // this survey takes no code

        var review = await client.SubmitAsync(form, PublicSurveys.Answering(form, "满意"), "review");
        Assert.Equal(HttpStatusCode.OK, review.Status);
        var receipt = await client.SubmitAsync(review, review.Values(), "confirm");
        Assert.Equal(HttpStatusCode.OK, receipt.Status);
        Assert.Matches("^[0-9a-f]{64}$", receipt.Document.GetElementById("receipt-digest")!.TextContent);
        Assert.Contains("no-store", receipt.Header("Cache-Control"), StringComparison.Ordinal);
        Assert.Equal((0, 1, 1), await PublicSurveys.TurnoutAsync(Script, id));

        // The same browser, its cookie kept, fills the survey again: refused when it casts, nothing more counted.
        var again = await client.GetAsync($"/s/{id}");
        Assert.Null(PublicSurveys.DeviceCookie(again)); // the device keeps the token it has
        var secondReview = await client.SubmitAsync(again, PublicSurveys.Answering(again, "不了解"), "review");
        var refused = await client.SubmitAsync(secondReview, secondReview.Values(), "confirm");
        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("DEVICE_ALREADY_VOTED", refused.Document.GetElementById("survey-problem")!.GetAttribute("data-code"));
        Assert.Contains("此设备已经提交过", refused.Document.GetElementById("survey-problem")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((0, 1, 1), await PublicSurveys.TurnoutAsync(Script, id));
    }

    [Fact]
    public async Task A_missing_answer_is_shown_beside_its_item_with_what_was_entered_kept_and_nothing_stored()
    {
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode());
        using var client = new PageClient(host.Host.BaseAddress);
        var form = await client.GetAsync($"/s/{id}");
        var overall = PageResponse.Option(form.Question(PublicSurveys.Overall), "满意");
        var values = PublicSurveys.Answering(form, "基本满意").Without(overall.Name);

        var refused = await client.SubmitAsync(form, values, "review");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(["这道题必须作答。"], PageResponse.Errors(refused.Question(PublicSurveys.Overall)));
        var others = refused.Document.QuerySelectorAll("fieldset.q").Where(q => q != refused.Question(PublicSurveys.Overall)).ToArray();
        Assert.NotEmpty(others);
        Assert.All(others, q => Assert.Equal("基本满意", q.QuerySelector("input[checked]")!.ParentElement!.TextContent));

        // Confirming straight away (a crafted post) is refused the same way.
        var crafted = await client.SubmitAsync(form, values, "confirm");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, crafted.Status);
        Assert.Equal((0, 0, 0), await PublicSurveys.TurnoutAsync(Script, id));
    }

    [Fact]
    public async Task A_one_time_code_survey_asks_for_a_code_and_refuses_a_wrong_one_beside_the_field()
    {
        var (id, codes) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode(oneTimeCodes: true), codes: 1);
        var (_, foreign) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode(oneTimeCodes: true), codes: 1);
        using var client = new PageClient(host.Host.BaseAddress);
        var form = await client.GetAsync($"/s/{id}");
        var label = form.Document.QuerySelector("label[for=code]");
        Assert.NotNull(label);
        Assert.StartsWith("一次性测评码", label.TextContent, StringComparison.Ordinal);

        foreach (var wrong in new[] { "", "NOT-A-CODE", foreign[0] })
        {
            var refused = await client.SubmitAsync(form, PublicSurveys.Answering(form, "满意").Set("Code", wrong), "review");
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
            Assert.NotEmpty(refused.Document.GetElementById("code-error")!.TextContent);
            Assert.Equal(wrong, refused.Document.GetElementById("code")!.GetAttribute("value") ?? "");
            Assert.Equal("满意", refused.Question(PublicSurveys.Overall).QuerySelector("input[checked]")!.ParentElement!.TextContent);
        }

        Assert.Contains("不属于本问卷", (await client.SubmitAsync(form, PublicSurveys.Answering(form, "满意").Set("Code", foreign[0]), "confirm"))
            .Document.GetElementById("code-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((1, 0, 0), await PublicSurveys.TurnoutAsync(Script, id));

        var review = await client.SubmitAsync(form, PublicSurveys.Answering(form, "满意").Set("Code", codes[0].ToLowerInvariant()), "review");
        Assert.Equal(HttpStatusCode.OK, review.Status);
        var receipt = await client.SubmitAsync(review, review.Values(), "confirm");
        Assert.NotNull(receipt.Document.GetElementById("receipt-digest"));
        Assert.Equal((1, 1, 1), await PublicSurveys.TurnoutAsync(Script, id));
    }

    [Fact]
    public async Task A_campaign_without_an_open_public_survey_gets_a_page_saying_why_with_its_status()
    {
        var (withoutLink, _) = await PublicSurveyScript.OpenSurveyAsync(Script, settings: null);
        var draft = await Script.CreateAsync("satisfaction", "尚未开始的满意度测评", PublicSurveyScript.PublicMode());
        using var client = new PageClient(host.Host.BaseAddress);

        foreach (var (path, status, code) in new[]
        {
            ($"/s/{withoutLink}", HttpStatusCode.NotFound, "PUBLIC_LINK_DISABLED"),
            ("/s/no-such-campaign", HttpStatusCode.NotFound, "CAMPAIGN_NOT_FOUND"),
            ($"/s/{draft}", HttpStatusCode.Forbidden, "CAMPAIGN_NOT_OPEN"),
        })
        {
            var page = await client.GetAsync(path);
            Assert.Equal(status, page.Status);
            Assert.Equal(code, page.Document.GetElementById("survey-problem")!.GetAttribute("data-code"));
            Assert.Empty(page.Document.QuerySelectorAll("fieldset.q"));
            Assert.Null(PublicSurveys.DeviceCookie(page));
        }

        var english = await client.GetAsync($"/s/{withoutLink}?lang=en");
        Assert.Equal("This appraisal has no public survey", english.Document.QuerySelector("h1")!.TextContent);
    }

    /// <summary>What a reverse proxy that compresses would send, for comparison only.</summary>
    private static long Gzipped(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return buffer.Length;
    }
}

using System.Net;
using AngleSharp.Html.Parser;
using Appraisal.Host.Pages.Print;
using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// <c>/print/poster/{campaign}</c>: the QR code drawn inline decodes to the survey's full address, which is also
/// written out; a campaign without a public link has no poster, exactly as an unknown one; and <see cref="QrSvg"/>
/// draws any text at any module size.
/// </summary>
public sealed class PosterPageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private CampaignScript Script => new(host.Admin, host.Anonymous);

    [Fact]
    public async Task The_poster_of_a_public_survey_has_an_inline_QR_code_of_its_full_address()
    {
        var (id, _) = await PublicSurveyScript.OpenSurveyAsync(Script, PublicSurveyScript.PublicMode(oneTimeCodes: true));
        using var client = new PageClient(host.Host.BaseAddress);

        var poster = await client.GetAsync($"/print/poster/{id}");

        Assert.Equal(HttpStatusCode.OK, poster.Status);
        var url = new Uri(host.Host.BaseAddress, $"s/{id}").ToString();
        var svg = poster.Document.QuerySelector("svg.qr")!;
        var modules = QrReading.Modules(svg);
        Assert.Equal(url, QrReading.Decode(modules));
        Assert.True(QrReading.HasQuietZone(modules));
        Assert.Equal(url, poster.Document.GetElementById("poster-url")!.TextContent);
        Assert.Equal("2026年度政务服务中心满意度测评", poster.Document.QuerySelector("h1")!.TextContent);
        Assert.Contains("一次性测评码", poster.Document.QuerySelector(".pst")!.TextContent, StringComparison.Ordinal);
        Assert.Contains($"问卷网址的二维码：{url}", svg.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.DoesNotContain("data:", poster.Html, StringComparison.Ordinal);
        Assert.Contains("script-src 'none'", poster.Header("Content-Security-Policy"), StringComparison.Ordinal);

        // Opening the survey through the address on the poster works.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(url).AbsolutePath)).Status);
    }

    [Fact]
    public async Task A_campaign_without_a_public_link_has_no_poster_just_as_an_unknown_one()
    {
        var (withoutLink, _) = await PublicSurveyScript.OpenSurveyAsync(Script, settings: null);
        using var client = new PageClient(host.Host.BaseAddress);

        var notPublic = await client.GetAsync($"/print/poster/{withoutLink}");
        var unknown = await client.GetAsync("/print/poster/no-such-campaign");

        Assert.Equal(HttpStatusCode.NotFound, notPublic.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Null(notPublic.Document.QuerySelector("svg"));
        Assert.Equal(unknown.Document.QuerySelector("main")!.TextContent, notPublic.Document.QuerySelector("main")!.TextContent);
    }

    [Theory]
    [InlineData("https://example.org/s/abc", 1)]
    [InlineData("满意度测评 K7QMX-2XHD9-RPAB4 · 第 3 张", 5)]
    public void QrSvg_draws_any_text_at_any_module_size(string text, int moduleSize)
    {
        var qr = QrSvg.For(text, moduleSize);
        var svg = new HtmlParser().ParseDocument(
            $"<svg viewBox=\"0 0 {qr.Modules} {qr.Modules}\"><path d=\"{qr.PathData}\"></path></svg>").QuerySelector("svg")!;

        Assert.Equal(qr.Modules * moduleSize, qr.Size);
        Assert.Equal(text, QrReading.Decode(QrReading.Modules(svg)));
    }
}

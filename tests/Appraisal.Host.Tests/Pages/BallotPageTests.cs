using System.Net;
using System.Security.Cryptography;
using System.Text;
using Appraisal.Host.Tests.Campaigns;
using Xunit.Abstractions;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// The 民主评议党员 ballot page of a real host, over plain HTTP as a phone without JavaScript posts it: the matrix, the
/// confirmation step, the receipt, problems beside their items, antiforgery, and hostile text kept inert.
/// </summary>
public sealed class BallotPageTests(CampaignHost host, ITestOutputHelper output) : IClassFixture<CampaignHost>
{
    private const string Committee = "对党支部委员会的总体评价";
    private const string Signs = "是否存在以下情形（可多选）";
    private const string Problems = "存在问题";

    private CampaignScript Script => new(host.Admin, host.Anonymous);

    [Fact]
    public async Task The_form_has_a_labelled_row_of_grades_per_member_and_weighs_under_60_KB()
    {
        var (_, codes) = await PageCampaigns.OpenBranchAsync(Script, PageCampaigns.Branch, codes: 1);
        using var client = new PageClient(host.Host.BaseAddress);

        var page = await client.GetAsync("/b/" + codes[0]);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("zh-CN", page.Document.DocumentElement.GetAttribute("lang"));
        Assert.Equal(PageCampaigns.Branch, page.Rows.Select(r => r.Name));
        Assert.All(page.Rows, row => Assert.Equal(["优秀", "合格", "基本合格", "不合格"], row.Options.Select(o => o.Label)));
        Assert.Equal(PageCampaigns.Branch.Count, page.Rows.Select(r => r.Field).Distinct().Count());
        PageChecks.AssertLabelledAndSelfContained(page);

        Assert.Contains("no-store", page.Header("Cache-Control"), StringComparison.Ordinal);
        Assert.Equal("no-referrer", page.Header("Referrer-Policy"));
        Assert.StartsWith("default-src 'self'", page.Header("Content-Security-Policy"), StringComparison.Ordinal);
        var (html, styles) = await PageChecks.WeightAsync(client, page);
        output.WriteLine($"Ballot page for {PageCampaigns.Branch.Count} members: HTML {html} B + CSS {styles} B = {html + styles} B");
        Assert.True(html + styles < 60 * 1024, $"The ballot page weighs {html + styles} bytes (HTML {html} + CSS {styles}).");
    }

    [Fact]
    public async Task Answers_checked_then_confirmed_make_exactly_one_ballot_and_a_receipt_of_its_inclusion()
    {
        var (id, codes) = await PageCampaigns.OpenBranchAsync(Script, PageCampaigns.Branch, codes: 1);
        using var client = new PageClient(host.Host.BaseAddress);
        var form = await client.GetAsync("/b/" + codes[0]);
        var answers = Complete(form);
        var wangFang = form.Row("王芳").Element;
        answers.Tick(PageResponse.Option(form.Question(Signs, wangFang), "纪律散漫").Name, PageResponse.Option(form.Question(Signs, wangFang), "纪律散漫").Value)
            .Set(form.Question(Problems, wangFang).QuerySelector("textarea")!.GetAttribute("name")!, "学习不够深入\r\n联系群众不够");

        var review = await client.SubmitAsync(form, answers, "review");

        Assert.Equal(HttpStatusCode.OK, review.Status);
        Assert.Equal("请核对你的选择", review.Document.QuerySelector("h1")!.TextContent);
        var rows = review.Document.QuerySelectorAll("dl.rv dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);
        Assert.Equal([.. PageCampaigns.Branch, Committee], rows.Keys);
        Assert.Equal("满意", rows[Committee]);
        Assert.Equal("优秀", rows["张伟"]);
        Assert.All(PageCampaigns.Branch.Skip(1), name => Assert.Equal("合格", rows[name]));
        var wangFangAnswers = review.Document.QuerySelectorAll("dl.rv dd").Select(dd => dd.TextContent).ToArray();
        Assert.Contains("是否存在以下情形（可多选）：纪律散漫", wangFangAnswers);
        Assert.Contains("存在问题：学习不够深入\n联系群众不够", wangFangAnswers);
        Assert.Equal(0, await PageCampaigns.ReturnedAsync(Script, id)); // checking stores nothing

        var receipt = await client.SubmitAsync(review, review.Values(), "confirm");

        Assert.Equal(HttpStatusCode.OK, receipt.Status);
        Assert.Equal(1, await PageCampaigns.ReturnedAsync(Script, id));
        var digest = receipt.Document.GetElementById("receipt-digest")!.TextContent;
        var token = receipt.Document.QuerySelectorAll("code.dg").Last().TextContent;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("appraisal.receipt.v1\n" + token))), digest);
        Assert.Equal("第 1 张", receipt.Document.GetElementById("receipt-position")!.TextContent);
        Assert.Matches("^[0-9a-f]{64}$", receipt.Document.GetElementById("receipt-chain-head")!.TextContent);
        Assert.Contains("不证明你选了什么", receipt.Document.Body!.TextContent, StringComparison.Ordinal);

        // Sending the confirmation again (a second tap, the back button) casts nothing more.
        var again = await client.SubmitAsync(review, review.Values(), "confirm");
        Assert.Equal(HttpStatusCode.Gone, again.Status);
        Assert.Equal("CODE_ALREADY_USED", again.Document.GetElementById("code-problem")!.GetAttribute("data-code"));
        Assert.Equal(1, await PageCampaigns.ReturnedAsync(Script, id));
    }

    [Fact]
    public async Task Answers_with_problems_come_back_beside_their_items_as_entered_and_nothing_is_stored()
    {
        var (id, codes) = await PageCampaigns.OpenBranchAsync(Script, PageCampaigns.Branch, codes: 1);
        using var client = new PageClient(host.Host.BaseAddress);
        var form = await client.GetAsync("/b/" + codes[0]);
        var committee = PageResponse.Option(form.Question(Committee), "满意");
        var zhangWeiProblems = form.Question(Problems, form.Row("张伟").Element).QuerySelector("textarea")!.GetAttribute("name")!;
        var tooLong = new string('长', 501);
        var answers = Complete(form).Without(committee.Name).Set(zhangWeiProblems, tooLong);

        // The questionnaire's own checks: the committee rating is required, the text is at most 500 characters.
        var first = await client.SubmitAsync(form, answers, "review");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, first.Status);
        Assert.Equal(["这道题必须作答。"], PageResponse.Errors(first.Question(Committee)));
        Assert.Equal(["文字过长：最多 500 个字。"], PageResponse.Errors(first.Question(Problems, first.Row("张伟").Element)));
        Assert.Equal(tooLong, first.Question(Problems, first.Row("张伟").Element).QuerySelector("textarea")!.TextContent);
        Assert.Equal("优秀", first.Row("张伟").Checked);
        Assert.All(first.Rows.Skip(1), row => Assert.Equal("合格", row.Checked));
        Assert.Equal(2, first.Document.QuerySelectorAll(".sum li").Length);

        // The type's rules (a grade for every 正式党员) run once the questionnaire is satisfied.
        var liuYang = first.Row("刘洋").Field;
        var second = await client.SubmitAsync(first, first.Values().Set(committee.Name, committee.Value).Set(zhangWeiProblems, "").Without(liuYang), "review");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.Status);
        Assert.Equal(["请评定等次。"], second.Row("刘洋").Errors);
        Assert.All(second.Rows.Where(r => r.Name != "刘洋"), row => Assert.Empty(row.Errors));
        Assert.Null(second.Row("刘洋").Checked);
        Assert.Equal("#" + second.Row("刘洋").Element.Id, second.Document.QuerySelector(".sum a")!.GetAttribute("href"));
        Assert.Equal("满意", second.Question(Committee).QuerySelectorAll("label").Single(l => l.QuerySelector("input")!.HasAttribute("checked")).TextContent);

        // Confirming answers that changed after the check is refused the same way: the box checks again.
        var forged = await client.SubmitAsync(second, second.Values(), "confirm");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, forged.Status);
        Assert.Equal(["请评定等次。"], forged.Row("刘洋").Errors);
        Assert.Equal(0, await PageCampaigns.ReturnedAsync(Script, id));
    }

    [Fact]
    public async Task A_post_without_its_antiforgery_token_is_refused_and_stores_nothing()
    {
        var (id, codes) = await PageCampaigns.OpenBranchAsync(Script, ["张伟", "王芳", "李娜"], codes: 1);
        using var client = new PageClient(host.Host.BaseAddress);
        var form = await client.GetAsync("/b/" + codes[0]);
        var review = await client.SubmitAsync(form, Complete(form), "review");
        Assert.Equal(HttpStatusCode.OK, review.Status);

        var withoutToken = await client.SubmitAsync(review, review.Values().Without("__RequestVerificationToken"), "confirm");
        using var stranger = new PageClient(host.Host.BaseAddress); // the token, but not the cookie it pairs with
        var withoutCookie = await stranger.SubmitAsync(review, review.Values(), "confirm");

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.Status);
        Assert.Equal(HttpStatusCode.BadRequest, withoutCookie.Status);
        Assert.Equal(0, await PageCampaigns.ReturnedAsync(Script, id));
        Assert.Equal(HttpStatusCode.OK, (await client.SubmitAsync(review, review.Values(), "confirm")).Status);
        Assert.Equal(1, await PageCampaigns.ReturnedAsync(Script, id));
    }

    [Fact]
    public async Task Hostile_text_in_a_name_and_in_an_answer_comes_back_as_text()
    {
        var (_, codes) = await PageCampaigns.OpenBranchAsync(Script, ["张伟", PageCampaigns.HostileName], codes: 1);
        using var client = new PageClient(host.Host.BaseAddress);
        var form = await client.GetAsync("/b/" + codes[0]);
        var text = form.Question(Problems, form.Row("张伟").Element).QuerySelector("textarea")!.GetAttribute("name")!;
        var answers = Complete(form).Set(text, PageCampaigns.HostileName);

        var review = await client.SubmitAsync(form, answers, "review");
        var refused = await client.SubmitAsync(form, answers.Set(text, PageCampaigns.HostileName + new string('x', 500)), "review");

        foreach (var page in new[] { form, review, refused })
        {
            Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
            Assert.Empty(page.Document.Scripts);
        }

        Assert.Equal(PageCampaigns.HostileName, form.Rows[1].Name);
        Assert.Contains(review.Document.QuerySelectorAll("dt"), dt => dt.TextContent == PageCampaigns.HostileName);
        Assert.Contains(review.Document.QuerySelectorAll("dd"), dd => dd.TextContent == "存在问题：" + PageCampaigns.HostileName);
        Assert.Contains(review.Values(), v => v.Key == text && v.Value == PageCampaigns.HostileName);
        Assert.StartsWith(PageCampaigns.HostileName, refused.Document.QuerySelector("textarea[name='" + text + "']")!.TextContent, StringComparison.Ordinal);
    }

    /// <summary>Every member graded (张伟 优秀, the rest 合格) and the committee rated 满意: a ballot the box accepts.</summary>
    private static FormValues Complete(PageResponse form)
    {
        var values = form.Values();
        foreach (var row in form.Rows)
        {
            values.Set(row.Field, row.ValueOf(row.Name == form.Rows[0].Name ? "优秀" : "合格"));
        }

        var committee = PageResponse.Option(form.Question(Committee), "满意");
        return values.Set(committee.Name, committee.Value);
    }
}

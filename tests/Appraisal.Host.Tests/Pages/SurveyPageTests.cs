using System.Net;
using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages;

/// <summary>
/// A 满意度测评 ballot (好差评): Likert items, and the reason asked after 不满意, which without JavaScript is always shown
/// with a hint and is required only when the server finds the condition met.
/// </summary>
public sealed class SurveyPageTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private const string Overall = "整体满意度";
    private const string Reason = "整体满意度：请说明不满意的原因";

    [Fact]
    public async Task The_reason_after_dissatisfied_is_always_shown_and_required_only_when_it_applies()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (id, codes) = await PageCampaigns.OpenSurveyAsync(script, codes: 1);
        using var client = new PageClient(host.Host.BaseAddress);
        var form = await client.GetAsync("/b/" + codes[0]);

        Assert.Equal(["非常满意", "满意", "基本满意", "不满意", "非常不满意", "不了解"],
            form.Question(Overall).QuerySelectorAll("label").Select(l => l.TextContent));
        var reason = form.Question(Reason);
        Assert.Equal("选择“不满意”或“非常不满意”时请填写。", reason.QuerySelector(".h[id]")!.TextContent);
        var reasonField = reason.QuerySelector("textarea")!.GetAttribute("name")!;
        Assert.Equal("500", reason.QuerySelector("textarea")!.GetAttribute("maxlength"));

        // Satisfied everywhere, no reasons: accepted as it is.
        var satisfied = form.Values();
        foreach (var question in form.Document.QuerySelectorAll("fieldset.q"))
        {
            var (name, value) = PageResponse.Option(question, "满意");
            satisfied.Set(name, value);
        }

        var review = await client.SubmitAsync(form, satisfied, "review");
        Assert.Equal(HttpStatusCode.OK, review.Status);

        // Back to the form, answers kept; 不满意 without a reason is refused beside the reason.
        var back = await client.SubmitAsync(review, review.Values(), "edit");
        Assert.Equal("满意", back.Question(Overall).QuerySelectorAll("label").Single(l => l.QuerySelector("input")!.HasAttribute("checked")).TextContent);
        var dissatisfied = PageResponse.Option(back.Question(Overall), "不满意");
        var refused = await client.SubmitAsync(back, back.Values().Set(dissatisfied.Name, dissatisfied.Value), "review");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal(["这道题必须作答。"], PageResponse.Errors(refused.Question(Reason)));
        Assert.Single(refused.Document.QuerySelectorAll(".sum li"));

        var explained = await client.SubmitAsync(refused, refused.Values().Set(reasonField, "排队时间太长"), "review");
        Assert.Equal(HttpStatusCode.OK, explained.Status);
        var receipt = await client.SubmitAsync(explained, explained.Values(), "confirm");
        Assert.NotNull(receipt.Document.GetElementById("receipt-digest"));
        Assert.Equal(1, await PageCampaigns.ReturnedAsync(script, id));
    }
}

using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using static Appraisal.Host.Tests.Campaigns.CastCounts;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>
/// Issue 5, 满意度测评 through the GraphQL API of a real host: a 政务服务“好差评” survey from its template, 60 ballots
/// from a fixed seed with 差评 and their reasons, 不了解 and comments; close, publish. Every typed field of
/// <c>report.satisfaction</c> must equal what the test works out from the ballots it cast, and the 开县 mapping
/// must not turn 100 % 不满意 into a 满意率 of 50 % (DOMAIN §2.2).
/// </summary>
public sealed class SatisfactionCampaignTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private const string Type = "satisfaction";
    private const string Public = "public";
    private const string DontKnow = "unknown";
    private const string Integrity = "integrity";
    private const string WithheldReason = "窗口人员收受好处费";

    /// <summary>
    /// The 好差评 five levels with the default 100/80/60/30/0 mapping (DOMAIN §2.2, S38 S39): 基本满意 and above
    /// count as satisfied, 不满意 and 非常不满意 are 差评, 不了解 scores nothing and is in no denominator.
    /// </summary>
    private static readonly Option[] FiveLevel =
    [
        new("very-satisfied", "非常满意", 100m, Satisfied: true, Complaint: false), new("satisfied", "满意", 80m, true, false),
        new("basically-satisfied", "基本满意", 60m, true, false), new("dissatisfied", "不满意", 30m, false, true),
        new("very-dissatisfied", "非常不满意", 0m, false, true), new(DontKnow, "不了解", null, false, false),
    ];

    private static readonly string[] ChoiceItems = ["overall", "attitude", "efficiency", "convenience", "transparency", Integrity];
    private static readonly string[] Reasons = ["排队时间太长", "工作人员态度冷淡", "材料要求反复变化", "网上办理系统经常出错"];

    // Some suggestions differ only in white space: the report counts them as one comment.
    private static readonly string[] Suggestions = ["希望增加自助服务终端", " 希望增加自助服务终端 ", "延长午间 办公时间", "延长午间  办公时间", "公示办事指南"];

    [Fact]
    public async Task A_service_survey_from_creation_to_published_report_reports_rate_and_score_apart()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var id = await script.CreateAsync(Type, "2026年政务服务中心“好差评”");
        await script.AddGroupsAsync(id, [CampaignScript.Group(Public, "办事群众", 1)]);
        var weights = await WeightsAsync(id);
        var slips = await script.IssueAsync(id, new { groupKey = Public, strategy = "SLIPS", count = 60 });
        Assert.Equal("OPEN", await script.TransitionAsync("openCampaign", id));

        var cast = new CastCounts();
        var complaints = new List<(string Item, string Option, string Reason)>();
        var suggestions = new List<string>();
        var random = new Random(20261122);
        for (var i = 0; i < slips.Count; i++)
        {
            var answers = new List<object>();
            foreach (var item in ChoiceItems)
            {
                // 廉洁 is one a visitor rarely can judge: two ballots rate it, the rest answer 不了解, a cell too small to show.
                var option = item == Integrity
                    ? i switch { 0 => "dissatisfied", 1 => "satisfied", _ => DontKnow }
                    : FiveLevel[Pick(random, [4, 3, 2, 1, 1, 1])].Key;
                answers.Add(new { itemKey = item, optionKeys = new[] { option } });
                cast.Add(Public, item, null, option);
                if (FiveLevel.Single(o => o.Key == option).Complaint)
                {
                    var reason = item == Integrity ? WithheldReason : Reasons[random.Next(Reasons.Length)];
                    answers.Add(new { itemKey = item + "-reason", text = reason });
                    complaints.Add((item, option, reason));
                }
            }

            if (random.NextDouble() < 0.4)
            {
                var suggestion = Suggestions[random.Next(Suggestions.Length)];
                answers.Add(new { itemKey = "suggestions", text = suggestion });
                suggestions.Add(suggestion);
            }

            await SubmitAsync(script, slips[i].Code, answers);
        }

        Assert.Equal("CLOSED", await script.TransitionAsync("closeCampaign", id));
        Assert.Equal("PUBLISHED", await script.TransitionAsync("publishResults", id));
        var report = (await host.Anonymous.DataAsync(ReportQuery, new { id })).GetProperty("campaign").GetProperty("report");
        var survey = report.GetProperty("satisfaction");
        Assert.Equal(slips.Count, report.GetProperty("ballotsCast").GetInt32());
        Assert.Equal(slips.Count, survey.GetProperty("ballotCount").GetInt32());
        Assert.Equal(CampaignHost.MinimumCellSize, survey.GetProperty("minimumCellSize").GetInt32());

        var expected = ChoiceItems.Select(item => ExpectedItem(cast, item, weights[item])).ToArray();
        // The template and the script must make a report worth checking: a weight-0 item beside the score, a suppressed item.
        Assert.Contains(expected, e => e.Weight == 0m && !e.Suppressed);
        Assert.Contains(expected, e => e.Suppressed);
        var items = survey.GetProperty("items").EnumerateArray().Select(ReadItem).ToArray();
        Assert.Equal(ChoiceItems, items.Select(i => i.Key));
        for (var i = 0; i < items.Length; i++)
        {
            Assert.Equal(expected[i], items[i]);
        }

        // Overall (DOMAIN §2.3, §2.4): the items with a weight that are shown; 满意率 pooled over their valid answers,
        // 测评得分 their weighted mean score.
        var shown = expected.Where(e => !e.Suppressed).Select(e => e.Key).ToArray();
        var combined = shown.Where(item => weights[item] > 0m).ToArray();
        var valid = combined.Sum(item => Valid(cast, item));
        var score = combined.Sum(item => weights[item] * Points(cast, item) / Valid(cast, item)) / combined.Sum(item => weights[item]);
        (bool, int, decimal, int, decimal?, decimal?) overall =
            (false, combined.Length, combined.Sum(item => weights[item]), valid, Percent(combined.Sum(item => Satisfied(cast, item)), valid), Round(score));
        Assert.Equal(overall, ReadOverall(survey.GetProperty("overall")));

        Assert.Equal(FiveLevel.Select(o => new MappingEntry("five-level", o.Key, o.Label, o.Value, "default", o.Satisfied, o.Key == DontKnow, o.Complaint)),
            survey.GetProperty("mapping").EnumerateArray().Select(ReadMapping));

        // Each 差评 of a shown item with its reason; the suppressed item's 差评 is withheld with the rest of its cell.
        var listed = survey.GetProperty("complaints").EnumerateArray().ToArray();
        Assert.Equal(
            complaints.Where(c => shown.Contains(c.Item)).Select(c => (c.Item, c.Option, FiveLevel.Single(o => o.Key == c.Option).Label, c.Reason)).Order(),
            listed.Select(c => (c.GetProperty("itemKey").GetString()!, c.GetProperty("optionKey").GetString()!,
                c.GetProperty("optionLabel").GetString()!, c.GetProperty("reason").GetString()!)).Order());
        Assert.Equal(listed.Length, listed.Select(c => c.GetProperty("key").GetString()).Distinct().Count());
        Assert.DoesNotContain(WithheldReason, Strings(survey));
        // Nothing on a 差评 says who gave it or when: no ballot id, position or time to join it to anything.
        var fields = (await host.Anonymous.DataAsync("{ __type(name: \"SatisfactionComplaint\") { fields { name } } }"))
            .GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!);
        Assert.Equal(["itemKey", "itemText", "key", "optionKey", "optionLabel", "reason", "subjectId", "subjectName"], fields.Order(StringComparer.Ordinal));

        // Comments: only the suggestions (a 差评's reason is not repeated there), identical texts counted once, most frequent first.
        var normalised = suggestions.Select(s => Regex.Replace(s.Trim(), @"\s+", " ")).ToArray();
        var comments = Assert.Single(survey.GetProperty("comments").EnumerateArray());
        Assert.Equal(("suggestions", false, normalised.Length),
            (comments.GetProperty("itemKey").GetString(), comments.GetProperty("suppressed").GetBoolean(), comments.GetProperty("total").GetInt32()));
        Assert.Equal(
            normalised.GroupBy(s => s).Select(g => (g.Key, g.Count())).OrderByDescending(t => t.Item2).ThenBy(t => t.Key, StringComparer.Ordinal),
            comments.GetProperty("texts").EnumerateArray().Select(t => (t.GetProperty("text").GetString()!, t.GetProperty("count").GetInt32())));
    }

    /// <summary>
    /// 重庆开县 mapped 不满意 to 50 and called the result a 满意率, so 100 % 不满意 read as 50 % (DOMAIN §2.2, S69). With
    /// that mapping configured, every answer 不满意 must give a 满意率 of 0 % and a 测评得分 of 50, and the report must
    /// print the mapping it used.
    /// </summary>
    [Fact]
    public async Task The_Kaixian_mapping_scores_all_dissatisfied_at_50_and_a_satisfaction_rate_of_zero()
    {
        var kaixian = new Dictionary<string, decimal> { ["very-satisfied"] = 100m, ["satisfied"] = 90m, ["basically-satisfied"] = 70m, ["dissatisfied"] = 50m };
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var id = await script.CreateAsync(Type, "开县行风评议", kaixian.ToDictionary(m => $"mapping.{m.Key}", m => m.Value.ToString(CultureInfo.InvariantCulture)));
        await script.AddGroupsAsync(id, [CampaignScript.Group(Public, "网民", 1)]);
        var slips = await script.IssueAsync(id, new { groupKey = Public, strategy = "SLIPS", count = 5 });
        await script.TransitionAsync("openCampaign", id);
        foreach (var slip in slips)
        {
            await SubmitAsync(script, slip.Code, ChoiceItems.SelectMany(item => new object[]
            {
                new { itemKey = item, optionKeys = new[] { "dissatisfied" } }, new { itemKey = item + "-reason", text = "行风差" },
            }).ToList());
        }

        await script.TransitionAsync("closeCampaign", id);
        var survey = (await host.Admin.DataAsync(ReportQuery, new { id })).GetProperty("campaign").GetProperty("report").GetProperty("satisfaction");

        (decimal? Rate, decimal? Score) expected = (Percent(0, slips.Count), Round(kaixian["dissatisfied"] * slips.Count / slips.Count));
        Assert.All(survey.GetProperty("items").EnumerateArray().Select(ReadItem), item => Assert.Equal(expected, (item.Rate, item.Score)));
        var overall = survey.GetProperty("overall");
        Assert.Equal(expected, (DecimalOrNull(overall.GetProperty("satisfactionRate")), DecimalOrNull(overall.GetProperty("score"))));
        Assert.Equal(
            FiveLevel.Select(o => (o.Key, kaixian.TryGetValue(o.Key, out var points) ? points : o.Value, kaixian.ContainsKey(o.Key) ? "campaign" : "default")),
            survey.GetProperty("mapping").EnumerateArray().Select(ReadMapping).Select(m => (m.Option, m.Value, m.Source)));
        Assert.Equal(slips.Count * ChoiceItems.Length, survey.GetProperty("complaints").GetArrayLength());
    }

    private const string ReportQuery =
        """
        query($id: ID!) { campaign(id: $id) { report { ballotsCast satisfaction {
          ballotCount minimumCellSize
          items { itemKey weight suppressed inOverall answered abstained valid satisfied satisfactionRate score distribution { optionKey count shareOfValid } }
          overall { suppressed itemsCombined weightTotal valid satisfactionRate score }
          mapping { scaleKey optionKey label value valueSource countsAsSatisfied isAbstain isComplaint }
          comments { itemKey subjectId suppressed total texts { text count } }
          complaints { key itemKey itemText subjectId subjectName optionKey optionLabel reason }
        } } } }
        """;

    /// <summary>The item weights of the campaign's questionnaire, as the organiser sees them.</summary>
    private async Task<Dictionary<string, decimal>> WeightsAsync(string id)
    {
        var data = await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { questionnaire { items { key kind weight } } } }", new { id });
        return data.GetProperty("campaign").GetProperty("questionnaire").GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("kind").GetString() == "CHOICE")
            .ToDictionary(i => i.GetProperty("key").GetString()!, i => i.GetProperty("weight").GetDecimal());
    }

    private static async Task SubmitAsync(CampaignScript script, string code, List<object> answers)
    {
        var result = await script.SubmitAsync(code, answers);
        Assert.True(result.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean(), result.ToString());
    }

    /// <summary>
    /// One item as the ballots make it: 满意率 = satisfied ÷ valid and 测评得分 = points ÷ valid, where valid leaves
    /// 不了解 out; shares are of the valid answers. Below the minimum cell size only the item's name and weight show.
    /// </summary>
    private static ItemResult ExpectedItem(CastCounts cast, string item, decimal weight)
    {
        var valid = Valid(cast, item);
        if (valid < CampaignHost.MinimumCellSize)
        {
            return new ItemResult(item, weight, true, false, null, null, null, null, null, null, "");
        }

        var distribution = Print(FiveLevel.Select(o => (o.Key, cast.Count(Public, item, null, o.Key),
            o.Key == DontKnow ? null : (decimal?)Percent(cast.Count(Public, item, null, o.Key), valid))));
        return new ItemResult(item, weight, false, weight > 0m, cast.Answered(Public, item, null), cast.Count(Public, item, null, DontKnow), valid,
            Satisfied(cast, item), Percent(Satisfied(cast, item), valid), Round(Points(cast, item) / valid), distribution);
    }

    private static int Valid(CastCounts cast, string item) => FiveLevel.Where(o => o.Key != DontKnow).Sum(o => cast.Count(Public, item, null, o.Key));

    private static int Satisfied(CastCounts cast, string item) => FiveLevel.Where(o => o.Satisfied).Sum(o => cast.Count(Public, item, null, o.Key));

    private static decimal Points(CastCounts cast, string item) => FiveLevel.Sum(o => (o.Value ?? 0m) * cast.Count(Public, item, null, o.Key));

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static ItemResult ReadItem(JsonElement item) => new(
        item.GetProperty("itemKey").GetString()!,
        item.GetProperty("weight").GetDecimal(),
        item.GetProperty("suppressed").GetBoolean(),
        item.GetProperty("inOverall").GetBoolean(),
        IntOrNull(item.GetProperty("answered")),
        IntOrNull(item.GetProperty("abstained")),
        IntOrNull(item.GetProperty("valid")),
        IntOrNull(item.GetProperty("satisfied")),
        DecimalOrNull(item.GetProperty("satisfactionRate")),
        DecimalOrNull(item.GetProperty("score")),
        Print(item.GetProperty("distribution").EnumerateArray().Select(d =>
            (d.GetProperty("optionKey").GetString()!, d.GetProperty("count").GetInt32(), DecimalOrNull(d.GetProperty("shareOfValid"))))));

    private static (bool, int, decimal, int, decimal?, decimal?) ReadOverall(JsonElement overall) =>
        (overall.GetProperty("suppressed").GetBoolean(), overall.GetProperty("itemsCombined").GetInt32(), overall.GetProperty("weightTotal").GetDecimal(),
         overall.GetProperty("valid").GetInt32(), DecimalOrNull(overall.GetProperty("satisfactionRate")), DecimalOrNull(overall.GetProperty("score")));

    private static MappingEntry ReadMapping(JsonElement entry) => new(
        entry.GetProperty("scaleKey").GetString()!, entry.GetProperty("optionKey").GetString()!, entry.GetProperty("label").GetString()!,
        DecimalOrNull(entry.GetProperty("value")),
        entry.GetProperty("valueSource").GetString()!, entry.GetProperty("countsAsSatisfied").GetBoolean(),
        entry.GetProperty("isAbstain").GetBoolean(), entry.GetProperty("isComplaint").GetBoolean());

    /// <summary>Options as <c>key=count/share</c>, so a failing comparison shows the whole distribution.</summary>
    private static string Print(IEnumerable<(string Key, int Count, decimal? Share)> options) =>
        string.Join("; ", options.Select(o => $"{o.Key}={o.Count}/{CastCounts.Print(o.Share)}"));

    /// <summary>Every string anywhere in a JSON value.</summary>
    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        _ => [],
    };

    private sealed record Option(string Key, string Label, decimal? Value, bool Satisfied, bool Complaint);

    private sealed record ItemResult(
        string Key, decimal Weight, bool Suppressed, bool InOverall, int? Answered, int? Abstained, int? Valid, int? Satisfied,
        decimal? Rate, decimal? Score, string Distribution);

    private sealed record MappingEntry(string Scale, string Option, string Label, decimal? Value, string Source, bool Satisfied, bool Abstain, bool Complaint);
}

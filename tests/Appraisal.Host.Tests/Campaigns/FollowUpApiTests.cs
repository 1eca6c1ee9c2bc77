using System.Text.Json;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>
/// 差评 follow-up through the GraphQL API of a real host: a 满意度测评 with a few 差评 is closed, each 差评 is listed with
/// its reason and nothing that points at a ballot, one is walked to 办结, refused moves change nothing, and callers
/// without the right credentials are refused.
/// </summary>
public sealed class FollowUpApiTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private const string List =
        """
        query($id: ID!) { campaign(id: $id) { followUps {
          key title { zhCn en } detail subjectId subjectName optionLabel { zhCn } status statusLabel listedOn dueOn updatedOn note
          overdue workingDaysLeft withdrawnOn history { on from to note actor } } } }
        """;

    private const string Move =
        """
        mutation($id: ID!, $key: String!, $to: FollowUpStatus!, $note: String) {
          moveFollowUp(campaignId: $id, key: $key, to: $to, note: $note) { key status statusLabel note updatedOn history { from to note actor } }
        }
        """;

    private static readonly string[] Items = ["overall", "attitude", "efficiency", "convenience", "transparency", "integrity"];

    [Fact]
    public async Task Each_complaint_is_followed_up_to_closed_without_anything_that_points_at_a_ballot()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var listedBefore = DateOnly.FromDateTime(DateTime.Now);
        var (id, secrets) = await ClosedSurveyAsync(script);
        var listedAfter = DateOnly.FromDateTime(DateTime.Now);

        var items = await FollowUpsAsync(host.Admin, id);

        // Four 差评 were cast: 服务态度 three times (one reason twice), 办事效率 once.
        Assert.Equal(4, items.GetArrayLength());
        Assert.Equal(
            [("服务态度", "态度生硬", "非常不满意"), ("服务态度", "窗口排队时间太长", "不满意"), ("服务态度", "窗口排队时间太长", "不满意"), ("办事效率", "材料要交三遍", "不满意")],
            items.EnumerateArray().Select(i => (Text(i, "title", "zhCn"), Text(i, "detail"), Text(i, "optionLabel", "zhCn")))
                .OrderBy(t => t.Item1 == "服务态度" ? 0 : 1).ThenBy(t => t.Item2, StringComparer.Ordinal));
        foreach (var item in items.EnumerateArray())
        {
            Assert.Equal(("PENDING", "待核实", false), (Text(item, "status"), Text(item, "statusLabel"), item.GetProperty("overdue").GetBoolean()));
            var listed = DateOnly.Parse(Text(item, "listedOn"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(listed, listedBefore, listedAfter);
            Assert.Equal(FifteenWeekdaysAfter(listed).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Text(item, "dueOn"));
            if (listed == DateOnly.FromDateTime(DateTime.Now))
            {
                Assert.Equal(15, item.GetProperty("workingDaysLeft").GetInt32());
            }
        }

        // 办结 through every step.
        var key = Text(items[0], "key");
        foreach (var (to, note) in new[] { ("VERIFYING", (string?)null), ("RECTIFYING", "已约谈窗口负责人"), ("REVISITING", null), ("CLOSED", "已整改，回访表示满意") })
        {
            var moved = (await host.Admin.DataAsync(Move, new { id, key, to, note })).GetProperty("moveFollowUp");
            Assert.Equal(to, Text(moved, "status"));
        }

        // Refused moves: a skipped step, a step back, 办结 without a note, an unknown key; none changes anything.
        var other = Text(items[1], "key");
        var before = (await FollowUpsAsync(host.Admin, id)).GetRawText();
        foreach (var (itemKey, to, note, code, field) in new[]
        {
            (other, "RECTIFYING", (string?)null, "FOLLOW_UP_WRONG_STEP", "to"),
            (key, "REVISITING", null, "FOLLOW_UP_WRONG_STEP", "to"),
            (other, "CLOSED", " ", "FOLLOW_UP_WRONG_STEP", "to"),
            ("c-000000000000000000000000", "VERIFYING", null, "FOLLOW_UP_NOT_FOUND", "key"),
        })
        {
            var refused = await host.Admin.SendAsync(Move, new { id, key = itemKey, to, note });
            Assert.Equal((code, field), (GraphQLClient.ErrorCode(refused), ErrorField(refused)));
        }

        Assert.Equal(before, (await FollowUpsAsync(host.Admin, id)).GetRawText());
        await host.Admin.DataAsync(Move, new { id, key = other, to = "VERIFYING", note = (string?)null });
        var verifying = (await FollowUpsAsync(host.Admin, id)).GetRawText();
        var noNote = await host.Admin.SendAsync(Move, new { id, key = other, to = "CLOSED", note = "" });
        Assert.Equal(("FOLLOW_UP_NOTE_REQUIRED", "note"), (GraphQLClient.ErrorCode(noNote), ErrorField(noNote)));
        Assert.Equal(verifying, (await FollowUpsAsync(host.Admin, id)).GetRawText());
        var after = await FollowUpsAsync(host.Admin, id);
        var closed = after.EnumerateArray().Single(i => Text(i, "key") == key);
        Assert.Equal(("CLOSED", "已办结", "已整改，回访表示满意"), (Text(closed, "status"), Text(closed, "statusLabel"), Text(closed, "note")));
        Assert.Equal(["PENDING>VERIFYING", "VERIFYING>RECTIFYING", "RECTIFYING>REVISITING", "REVISITING>CLOSED"],
            closed.GetProperty("history").EnumerateArray().Select(m => $"{Text(m, "from")}>{Text(m, "to")}"));
        Assert.All(closed.GetProperty("history").EnumerateArray(), m => Assert.Equal("admin-key", Text(m, "actor")));
        Assert.Equal(JsonValueKind.Null, closed.GetProperty("workingDaysLeft").ValueKind);
        Assert.Equal("VERIFYING", Text(after.EnumerateArray().Single(i => Text(i, "key") == other), "status"));

        // Every move is in the audit log, by key and step, and nothing else about the 差评.
        var log = await host.Admin.DataAsync("query($id: ID!) { auditLog(campaignId: $id) { action detail } }", new { id });
        var moves = log.GetProperty("auditLog").EnumerateArray().Where(e => Text(e, "action") == "campaign.follow-up.move").Select(e => Text(e, "detail")).ToArray();
        Assert.Equal(5, moves.Length);
        Assert.Contains(moves, d => d.Contains(key, StringComparison.Ordinal) && d.Contains("\"To\":\"closed\"", StringComparison.Ordinal));

        // Nothing in the follow-ups points at a ballot: no code, no receipt, no position, no sheet id or digest.
        Assert.Equal("PUBLISHED", await script.TransitionAsync("publishResults", id));
        var box = (await host.Admin.DataAsync("query($id: ID!) { ballotBox(campaignId: $id) { sheets { id digest } } }", new { id })).GetProperty("ballotBox");
        secrets.AddRange(box.GetProperty("sheets").EnumerateArray().SelectMany(s => new[] { Text(s, "id"), Text(s, "digest") }));
        var payload = (await FollowUpsAsync(host.Admin, id)).GetRawText();
        Assert.All(secrets, secret => Assert.DoesNotContain(secret, payload, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain("position", payload, StringComparison.Ordinal);
        Assert.DoesNotMatch("T[0-9]{2}:[0-9]{2}", payload); // days only, never a time
    }

    [Fact]
    public async Task Callers_without_the_right_credentials_are_refused()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (id, _) = await ClosedSurveyAsync(script);
        var key = Text((await FollowUpsAsync(host.Admin, id))[0], "key");
        var observer = await AccountAsync("OBSERVER");

        var anonymousMove = await host.Anonymous.SendAsync(Move, new { id, key, to = "VERIFYING" });
        Assert.Equal("UNAUTHENTICATED", GraphQLClient.ErrorCode(anonymousMove));
        Assert.Equal("FORBIDDEN", GraphQLClient.ErrorCode(await observer.SendAsync(Move, new { id, key, to = "VERIFYING" })));
        Assert.Equal(4, (await FollowUpsAsync(observer, id)).GetArrayLength()); // observers read
        Assert.Equal(JsonValueKind.Null, (await host.Anonymous.DataAsync(List, new { id })).GetProperty("campaign").ValueKind);

        await script.TransitionAsync("publishResults", id);
        var published = await host.Anonymous.SendAsync(List, new { id });
        Assert.Equal("UNAUTHENTICATED", GraphQLClient.ErrorCode(published)); // results are public, follow-ups are not
        Assert.All((await FollowUpsAsync(host.Admin, id)).EnumerateArray(), i => Assert.Equal("PENDING", Text(i, "status")));

        var open = await script.CreateAsync("satisfaction", "进行中的测评");
        await script.AddGroupsAsync(open, [CampaignScript.Group("public", "群众", 1)]);
        await script.TransitionAsync("openCampaign", open);
        var early = await host.Admin.SendAsync(Move, new { id = open, key, to = "VERIFYING" });
        Assert.Equal("CAMPAIGN_WRONG_STATUS", GraphQLClient.ErrorCode(early));
    }

    [Fact]
    public async Task Admins_set_the_working_calendar_and_bad_days_are_refused_with_their_field()
    {
        const string Set = "mutation($h: [String!]!, $w: [String!]!) { setWorkingCalendar(holidays: $h, workdays: $w) { holidays workdays } }";
        var observer = await AccountAsync("OBSERVER");

        // Days long past, so the other tests' deadlines are not moved.
        var set = (await host.Admin.DataAsync(Set, new { h = new[] { "2020-10-02", "2020-10-01" }, w = new[] { "2020-09-27" } })).GetProperty("setWorkingCalendar");
        Assert.Equal(["2020-10-01", "2020-10-02"], set.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));

        var bad = await host.Admin.SendAsync(Set, new { h = new[] { "2020-10-01", "2020-13-01" }, w = Array.Empty<string>() });
        Assert.Equal(("INVALID_INPUT", "holidays[1]"), (GraphQLClient.ErrorCode(bad), ErrorField(bad)));
        var weekday = await host.Admin.SendAsync(Set, new { h = Array.Empty<string>(), w = new[] { "2020-09-28" } });
        Assert.Equal(("INVALID_INPUT", "workdays[0]"), (GraphQLClient.ErrorCode(weekday), ErrorField(weekday)));
        Assert.Equal("FORBIDDEN", GraphQLClient.ErrorCode(await observer.SendAsync(Set, new { h = Array.Empty<string>(), w = Array.Empty<string>() })));
        Assert.Equal("UNAUTHENTICATED", GraphQLClient.ErrorCode(await host.Anonymous.SendAsync("{ workingCalendar { holidays } }")));

        var read = (await observer.DataAsync("{ workingCalendar { holidays workdays } }")).GetProperty("workingCalendar");
        Assert.Equal(["2020-10-01", "2020-10-02"], read.GetProperty("holidays").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(["2020-09-27"], read.GetProperty("workdays").EnumerateArray().Select(d => d.GetString()));
    }

    /// <summary>
    /// A closed 好差评 survey of six ballots, four 差评 among them; returns its id and everything that identifies a
    /// ballot or its caster (codes, receipt tokens and digests, chain heads).
    /// </summary>
    private static async Task<(string Id, List<string> Secrets)> ClosedSurveyAsync(CampaignScript script)
    {
        var id = await script.CreateAsync("satisfaction", "2026年政务服务中心好差评");
        await script.AddGroupsAsync(id, [CampaignScript.Group("public", "办事群众", 1)]);
        var codes = await script.IssueAsync(id, new { groupKey = "public", strategy = "SLIPS", count = 6 });
        await script.TransitionAsync("openCampaign", id);
        var complaints = new Dictionary<string, (string Option, string Reason)>[]
        {
            [],
            new() { ["attitude"] = ("dissatisfied", "窗口排队时间太长") },
            new() { ["attitude"] = ("very-dissatisfied", "态度生硬"), ["efficiency"] = ("dissatisfied", "材料要交三遍") },
            new() { ["attitude"] = ("dissatisfied", "窗口排队时间太长") },
            [],
            [],
        };
        var secrets = new List<string>();
        for (var b = 0; b < codes.Count; b++)
        {
            var answers = new List<object>();
            foreach (var item in Items)
            {
                if (complaints[b].TryGetValue(item, out var complaint))
                {
                    answers.Add(new { itemKey = item, optionKeys = new[] { complaint.Option } });
                    answers.Add(new { itemKey = item + "-reason", text = complaint.Reason });
                }
                else
                {
                    answers.Add(new { itemKey = item, optionKeys = new[] { "satisfied" } });
                }
            }

            var result = (await script.SubmitAsync(codes[b].Code, answers)).GetProperty("data").GetProperty("submitBallot");
            Assert.True(result.GetProperty("accepted").GetBoolean(), result.ToString());
            var receipt = result.GetProperty("receipt");
            secrets.AddRange([codes[b].Code, codes[b].Code.Replace("-", "", StringComparison.Ordinal), Text(receipt, "token"), Text(receipt, "digest"), Text(receipt, "chainHead")]);
        }

        Assert.Equal("CLOSED", await script.TransitionAsync("closeCampaign", id));
        return (id, secrets);
    }

    private static async Task<JsonElement> FollowUpsAsync(GraphQLClient client, string id) =>
        (await client.DataAsync(List, new { id })).GetProperty("campaign").GetProperty("followUps");

    private async Task<GraphQLClient> AccountAsync(string role)
    {
        var login = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}"[..24];
        await host.Admin.DataAsync(
            "mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }",
            new { i = new { login, displayName = login, role, password = "correct horse battery" } });
        var data = await host.Anonymous.DataAsync(
            "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token } }", new { l = login, p = "correct horse battery" });
        return new GraphQLClient(host.Host.Client, data.GetProperty("login").GetProperty("token").GetString());
    }

    /// <summary>Monday to Friday only: the host's calendar has no holiday in the coming weeks.</summary>
    private static DateOnly FifteenWeekdaysAfter(DateOnly day)
    {
        for (var left = 15; left > 0;)
        {
            day = day.AddDays(1);
            left -= day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return day;
    }

    private static string Text(JsonElement element, params string[] path) =>
        path.Aggregate(element, (e, p) => e.GetProperty(p)).GetString()!;

    private static string? ErrorField(JsonElement result) =>
        result.GetProperty("errors")[0].GetProperty("extensions").TryGetProperty("field", out var field) ? field.GetString() : null;
}

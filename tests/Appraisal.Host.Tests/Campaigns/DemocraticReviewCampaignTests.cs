using System.Text.Json;
using Appraisal.Host.Tests.Support;
using static Appraisal.Host.Tests.Campaigns.CastCounts;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>
/// Issue 5, 民主评议党员 through the GraphQL API of a real host: a branch of 12 members (2 预备党员), slips for the
/// members and a balanced draw for 5 群众 representatives, ballots from a fixed seed with grades, 反向情形, 存在问题 and
/// the committee rating; close, 组织评定 up to and past the 1/3 cap, publish. Every typed field of
/// <c>report.democraticReview</c> must equal what the test works out from the ballots it cast.
/// </summary>
public sealed class DemocraticReviewCampaignTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    private const string Type = "democratic-review";
    private const string Members = "members";
    private const string Masses = "masses";
    private const string DontKnow = "unknown";
    private const decimal FlagPercent = 50m; // each threshold's default in plugin.json

    private const string Record =
        "mutation($id: ID!, $g: [CommitteeGradeInput!]!) { recordCommitteeGrades(campaignId: $id, grades: $g) { capMode gradedMembers cap capCount capExceeded grades { subjectId grade } } }";

    private static readonly string[] Grades = ["excellent", "qualified", "basically-qualified", "unqualified"];
    private static readonly string[] Signs =
        ["wavering-ideals", "skips-party-life", "lax-discipline", "shirks-hard-tasks", "disunity", "many-complaints",
         "improper-petitions", "religion-superstition", "breaches-morality", "passive-slack"];

    // 满意 / 基本满意 / 不满意 / 不了解: 不了解 is counted but stays out of every denominator.
    private static readonly string[] CommitteeOptions = ["satisfied", "basically-satisfied", "dissatisfied", DontKnow];
    private static readonly string[] CommitteeAspects =
        ["committee-overall", "committee-party-life", "committee-education", "committee-service", "committee-integrity"];

    private static readonly string[] ProblemTexts = ["学习不够深入", "联系群众不够", "  工作作风有待改进 ", "发挥先锋模范作用不明显"];

    private static readonly Profile Exemplary = new([8, 2, 0, 0], SignChance: 0.05, ProblemChance: 0.1);
    private static readonly Profile Steady = new([2, 7, 1, 0], SignChance: 0.1, ProblemChance: 0.2);
    private static readonly Profile Struggling = new([0, 1, 3, 6], SignChance: 0.75, ProblemChance: 0.6);

    /// <summary>m05 and m10 are 预备党员: they rate, but are not graded (DOMAIN §1.4).</summary>
    private static readonly Member[] Branch =
    [
        new("m01", "张伟", false, Exemplary), new("m02", "王芳", false, Steady), new("m03", "李娜", false, Exemplary),
        new("m04", "刘洋", false, Struggling), new("m05", "陈静", true, Steady), new("m06", "杨磊", false, Exemplary),
        new("m07", "赵敏", false, Steady), new("m08", "黄强", false, Exemplary), new("m09", "周丽", false, Struggling),
        new("m10", "吴刚", true, Steady), new("m11", "徐婷", false, Steady), new("m12", "孙浩", false, Exemplary),
    ];

    private static readonly Member[] FullMembers = [.. Branch.Where(m => !m.Probationary)];

    [Fact]
    public async Task A_branch_review_from_creation_to_published_report_reports_what_the_ballots_said()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var id = await script.CreateAsync(Type, "2026年度第三党支部民主评议党员");
        await AddBranchAsync(script, id, Branch);
        // 群众 are advisory (no weight): tallied apart and never combined into a member's total (DOMAIN §1.6).
        await script.AddGroupsAsync(id, [CampaignScript.Group(Members, "党员", 1), CampaignScript.Group(Masses, "群众代表", null)]);
        var slips = await script.IssueAsync(id, new { groupKey = Members, strategy = "SLIPS", count = Branch.Length });
        var masses = await script.IssueAsync(id, new
        {
            groupKey = Masses, strategy = "BALANCED_PEER", subjectsPerRater = 2, raters = new[] { "q1", "q2", "q3", "q4", "q5" },
        });
        Assert.Equal("OPEN", await script.TransitionAsync("openCampaign", id));

        // A ballot lists the 正式党员 only, and refuses a grade for a 预备党员 without spending its code.
        Assert.Equal(FullMembers.Select(m => m.Id), await script.BallotSubjectsAsync(slips[0].Code));
        var refused = await script.SubmitAsync(slips[0].Code, [new { itemKey = "grade", subjectId = "m05", optionKeys = new[] { "qualified" } }]);
        Assert.False(refused.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean());
        Assert.Contains(refused.GetProperty("data").GetProperty("submitBallot").GetProperty("problems").EnumerateArray(),
            p => p.GetProperty("subjectId").GetString() == "m05");

        var cast = new CastCounts();
        var problems = FullMembers.ToDictionary(m => m.Id, _ => new List<string>());
        var random = new Random(20261122);
        for (var i = 0; i < slips.Count; i++)
        {
            // 党支部廉政建设 is rated on two ballots only: a cell too small to show.
            await CastAsync(script, slips[i].Code, Members, FullMembers, random, cast, problems, ratesIntegrity: i < 2);
        }

        foreach (var (code, _, subjects) in masses)
        {
            await CastAsync(script, code, Masses, [.. subjects.Select(s => FullMembers.Single(m => m.Id == s))], random, cast, problems, ratesIntegrity: false);
        }

        Assert.Equal("CLOSED", await script.TransitionAsync("closeCampaign", id));

        var expected = Branch.Select(m => ExpectedMember(m, cast, problems)).ToArray();
        var candidates = expected.Where(m => m.Flags.Contains("EXCELLENT_CANDIDATE")).Select(m => m.Id).ToArray();
        var cap = FullMembers.Length / 3; // 优秀 ≤ 1/3 of the 正式党员, rounded down: 不超过 allows no rounding up
        // The seed must make a report worth checking: each flag both raised and not, more 优秀 candidates than the cap.
        foreach (var flag in new[] { "UNQUALIFIED_SHARE", "NEGATIVE_SIGNS", "EXCELLENT_CANDIDATE" })
        {
            Assert.Contains(expected, m => m.Graded && m.Flags.Contains(flag));
            Assert.Contains(expected, m => m.Graded && !m.Flags.Contains(flag));
        }

        Assert.True(candidates.Length > cap, $"{candidates.Length} candidates, cap {cap}");

        // 组织评定 in the default mode (flag): 优秀 up to the cap passes, one more is recorded and flagged; 预备党员 are refused.
        var decided = FullMembers.Select(m => new
        {
            subjectId = m.Id,
            grade = candidates.Take(cap).Contains(m.Id) ? "excellent" : expected.Single(e => e.Id == m.Id).Flags.Contains("UNQUALIFIED_SHARE") ? "unqualified" : "qualified",
        }).ToArray();
        var atCap = (await host.Admin.DataAsync(Record, new { id, g = decided })).GetProperty("recordCommitteeGrades");
        Assert.Equal(("flag", FullMembers.Length, cap, cap, false), Summary(atCap));
        var beyond = (await host.Admin.DataAsync(Record, new { id, g = new[] { new { subjectId = candidates[cap], grade = "excellent" } } }))
            .GetProperty("recordCommitteeGrades");
        Assert.Equal(("flag", FullMembers.Length, cap, cap + 1, true), Summary(beyond));
        Assert.Equal(
            decided.Select(d => (d.subjectId, d.subjectId == candidates[cap] ? "excellent" : d.grade)),
            beyond.GetProperty("grades").EnumerateArray().Select(g => (g.GetProperty("subjectId").GetString()!, g.GetProperty("grade").GetString()!)));
        var probationary = await host.Admin.SendAsync(Record, new { id, g = new[] { new { subjectId = "m05", grade = "qualified" } } });
        Assert.Equal("INVALID_INPUT", GraphQLClient.ErrorCode(probationary));

        Assert.Equal("PUBLISHED", await script.TransitionAsync("publishResults", id));
        var campaign = (await host.Anonymous.DataAsync(ReportQuery, new { id })).GetProperty("campaign");
        Assert.Equal(
            [(Members, slips.Count, slips.Count), (Masses, masses.Count, masses.Count)],
            campaign.GetProperty("turnout").EnumerateArray().Select(t =>
                (t.GetProperty("groupKey").GetString(), t.GetProperty("issued").GetInt32(), t.GetProperty("returned").GetInt32())));
        var report = campaign.GetProperty("report");
        var review = report.GetProperty("democraticReview");
        Assert.Equal(slips.Count + masses.Count, report.GetProperty("ballotsCast").GetInt32());
        Assert.Equal(slips.Count + masses.Count, review.GetProperty("ballotCount").GetInt32()); // every ballot rated the committee
        Assert.Equal(CampaignHost.MinimumCellSize, review.GetProperty("minimumCellSize").GetInt32());

        var members = review.GetProperty("members").EnumerateArray().Select(ReadMember).ToArray();
        Assert.Equal(Branch.Select(m => m.Id), members.Select(m => m.Id));
        for (var i = 0; i < members.Length; i++)
        {
            Assert.Equal(expected[i], members[i]);
        }

        var committee = review.GetProperty("committee").EnumerateArray().ToArray();
        Assert.Equal(CommitteeAspects, committee.Select(c => c.GetProperty("itemKey").GetString()));
        foreach (var aspect in committee)
        {
            var item = aspect.GetProperty("itemKey").GetString()!;
            Assert.Equal(Distribution(cast, Members, null, item, null, CommitteeOptions), ReadCell(aspect.GetProperty("total")));
            Assert.Equal(GroupCells(cast, item, null, CommitteeOptions), string.Join(" | ", aspect.GetProperty("groups").EnumerateArray().Select(ReadCell)));
        }

        var excellentCap = review.GetProperty("excellentCap");
        Assert.Equal(
            ("flag", "1/3", "full", FullMembers.Length, cap, FlagPercent, string.Join(",", candidates), candidates.Length > cap, false),
            (excellentCap.GetProperty("mode").GetString(), excellentCap.GetProperty("fraction").GetString(), excellentCap.GetProperty("base").GetString(),
             excellentCap.GetProperty("baseCount").GetInt32(), excellentCap.GetProperty("cap").GetInt32(), excellentCap.GetProperty("candidatePercent").GetDecimal(),
             string.Join(",", excellentCap.GetProperty("candidateIds").EnumerateArray().Select(c => c.GetString())),
             excellentCap.GetProperty("exceeded").GetBoolean(), excellentCap.GetProperty("enforcedAtDecision").GetBoolean()));
        Assert.Equal(candidates.Length, excellentCap.GetProperty("candidates").GetInt32());

        // The report names the rules it applied, with the values in force.
        var rules = review.GetProperty("rules").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("value").GetString());
        Assert.Equal("flag", rules["excellentCapMode"]);
        Assert.Equal($"1/3 × {FullMembers.Length} → {cap}", rules["excellentCapFraction"]);
        Assert.Equal($"{CampaignHost.MinimumCellSize}", rules["minimum-cell-size"]);
    }

    /// <summary>
    /// plugin.json documents <c>excellentCapMode</c> = enforce as "the 组织评定 step refuses final grades beyond it",
    /// and the report then says <c>enforcedAtDecision</c>: recording more 优秀 than the cap must be refused.
    /// </summary>
    [Fact]
    public async Task The_types_enforce_setting_refuses_committee_grades_beyond_the_cap()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var id = await script.CreateAsync(Type, "第四党支部", new Dictionary<string, string> { ["excellentCapMode"] = "enforce" });
        var branch = Branch[..6];
        var full = branch.Where(m => !m.Probationary).ToArray();
        await AddBranchAsync(script, id, branch);
        await script.AddGroupsAsync(id, [CampaignScript.Group(Members, "党员", 1)]);
        var slips = await script.IssueAsync(id, new { groupKey = Members, strategy = "SLIPS", count = CampaignHost.MinimumCellSize });
        await script.TransitionAsync("openCampaign", id);
        var random = new Random(5);
        foreach (var slip in slips)
        {
            await CastAsync(script, slip.Code, Members, full, random, new CastCounts(), full.ToDictionary(m => m.Id, _ => new List<string>()), ratesIntegrity: false);
        }

        await script.TransitionAsync("closeCampaign", id);
        var cap = full.Length / 3;
        var tallied = (await host.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { report { democraticReview { excellentCap { mode cap enforcedAtDecision } } } } }", new { id }))
            .GetProperty("campaign").GetProperty("report").GetProperty("democraticReview").GetProperty("excellentCap");
        Assert.Equal(("enforce", cap, true),
            (tallied.GetProperty("mode").GetString(), tallied.GetProperty("cap").GetInt32(), tallied.GetProperty("enforcedAtDecision").GetBoolean()));

        var beyond = await host.Admin.SendAsync(Record, new { id, g = full.Take(cap + 1).Select(m => new { subjectId = m.Id, grade = "excellent" }).ToArray() });
        Assert.Equal("CAP_EXCEEDED", GraphQLClient.ErrorCode(beyond));
    }

    private const string ReportQuery =
        """
        query($id: ID!) { campaign(id: $id) {
          turnout { groupKey issued returned }
          report { ballotsCast democraticReview {
            ballotCount minimumCellSize
            members {
              subjectId name graded flags ballotsWithNegativeSigns problemsSuppressed problems
              total { ...cell } groups { ...cell } negativeSigns { ...option }
            }
            committee { itemKey total { ...cell } groups { ...cell } }
            excellentCap { mode fraction base baseCount cap candidatePercent candidates candidateIds exceeded enforcedAtDecision }
            rules { key value }
          } }
        } }
        fragment cell on DemocraticReviewDistribution { groupKey validBallots suppressed options { ...option } }
        fragment option on DemocraticReviewOptionShare { key abstention count share }
        """;

    private static Task AddBranchAsync(CampaignScript script, string id, IEnumerable<Member> branch) =>
        script.AddSubjectsAsync(id, branch.Select(m => (object)new
        {
            id = m.Id, name = m.Name, attributes = new[] { new { key = "membership", value = m.Probationary ? "probationary" : "full" } },
        }));

    /// <summary>Casts one ballot drawn from <paramref name="random"/> and counts what it said.</summary>
    private static async Task CastAsync(
        CampaignScript script, string code, string group, IReadOnlyList<Member> subjects, Random random, CastCounts cast,
        Dictionary<string, List<string>> problems, bool ratesIntegrity)
    {
        var answers = new List<object>();
        foreach (var member in subjects)
        {
            var grade = Grades[Pick(random, member.Profile.GradeWeights)];
            answers.Add(new { itemKey = "grade", subjectId = member.Id, optionKeys = new[] { grade } });
            cast.Add(group, "grade", member.Id, grade);
            if (random.NextDouble() < member.Profile.SignChance)
            {
                var ticked = Signs.OrderBy(_ => random.Next()).Take(1 + random.Next(2)).ToArray();
                answers.Add(new { itemKey = "negative-signs", subjectId = member.Id, optionKeys = ticked });
                cast.Add(group, "negative-signs", member.Id, ticked);
            }

            if (random.NextDouble() < member.Profile.ProblemChance)
            {
                var text = ProblemTexts[random.Next(ProblemTexts.Length)];
                answers.Add(new { itemKey = "problems", subjectId = member.Id, text });
                problems[member.Id].Add(text);
            }
        }

        foreach (var aspect in CommitteeAspects)
        {
            // Only the overall rating is required.
            if (aspect == "committee-overall" || (aspect == "committee-integrity" ? ratesIntegrity : random.NextDouble() < 0.7))
            {
                var option = CommitteeOptions[Pick(random, [5, 3, 1, 1])];
                answers.Add(new { itemKey = aspect, optionKeys = new[] { option } });
                cast.Add(group, aspect, null, option);
            }
        }

        var result = await script.SubmitAsync(code, answers);
        Assert.True(result.GetProperty("data").GetProperty("submitBallot").GetProperty("accepted").GetBoolean(), result.ToString());
    }

    /// <summary>
    /// A member's row as the ballots make it. The total combines the weighted groups, here 党员 alone; 反向情形 count
    /// only the 党员's ticks; 存在问题 come from every ballot, trimmed and sorted. Flags use the plugin.json defaults:
    /// 不合格 ≥ 50 %, ballots ticking a 反向情形 &gt; 50 % (过半数), 优秀 ≥ 50 %.
    /// </summary>
    private static MemberReport ExpectedMember(Member member, CastCounts cast, Dictionary<string, List<string>> problems)
    {
        if (member.Probationary)
        {
            return new MemberReport(member.Id, member.Name, false, null, "", "", null, "", false, "");
        }

        var total = Distribution(cast, Members, null, "grade", member.Id, Grades);
        var valid = total.Valid;
        var withSigns = cast.Answered(Members, "negative-signs", member.Id);
        var flags = new List<string>();
        if (cast.Count(Members, "grade", member.Id, "unqualified") * 100m / valid >= FlagPercent)
        {
            flags.Add("UNQUALIFIED_SHARE");
        }

        if (withSigns * 100m / valid > FlagPercent)
        {
            flags.Add("NEGATIVE_SIGNS");
        }

        if (cast.Count(Members, "grade", member.Id, "excellent") * 100m / valid >= FlagPercent)
        {
            flags.Add("EXCELLENT_CANDIDATE");
        }

        var signs = Signs.Select(s => (s, false, (int?)cast.Count(Members, "negative-signs", member.Id, s),
            (decimal?)Percent(cast.Count(Members, "negative-signs", member.Id, s), valid)));
        return new MemberReport(member.Id, member.Name, true, total, GroupCells(cast, "grade", member.Id, Grades), string.Join(",", flags.Order()),
            withSigns, Options(signs), false, string.Join(" | ", problems[member.Id].Select(p => p.Trim()).Order(StringComparer.Ordinal)));
    }

    /// <summary>One item's answers from one group (the total when <paramref name="shownAs"/> is null), hidden below the minimum.</summary>
    private static Cell Distribution(CastCounts cast, string group, string? shownAs, string item, string? subject, string[] options)
    {
        var valid = options.Where(o => o != DontKnow).Sum(o => cast.Count(group, item, subject, o));
        var hidden = valid < CampaignHost.MinimumCellSize;
        return new Cell(shownAs, valid, hidden, Options(options.Select(o => (o, o == DontKnow,
            hidden ? null : (int?)cast.Count(group, item, subject, o),
            hidden || o == DontKnow ? null : (decimal?)Percent(cast.Count(group, item, subject, o), valid)))));
    }

    /// <summary>Each group that answered the item, in the campaign's order.</summary>
    private static string GroupCells(CastCounts cast, string item, string? subject, string[] options) =>
        string.Join(" | ", new[] { Members, Masses }.Where(g => cast.Answered(g, item, subject) > 0)
            .Select(g => Distribution(cast, g, g, item, subject, options)));

    private static MemberReport ReadMember(JsonElement m) => new(
        m.GetProperty("subjectId").GetString()!,
        m.GetProperty("name").GetString()!,
        m.GetProperty("graded").GetBoolean(),
        m.GetProperty("total").ValueKind == JsonValueKind.Null ? null : ReadCell(m.GetProperty("total")),
        string.Join(" | ", m.GetProperty("groups").EnumerateArray().Select(ReadCell)),
        string.Join(",", m.GetProperty("flags").EnumerateArray().Select(f => f.GetString()).Order()),
        IntOrNull(m.GetProperty("ballotsWithNegativeSigns")),
        Options(m.GetProperty("negativeSigns").EnumerateArray().Select(ReadOption)),
        m.GetProperty("problemsSuppressed").GetBoolean(),
        string.Join(" | ", m.GetProperty("problems").EnumerateArray().Select(p => p.GetString())));

    private static Cell ReadCell(JsonElement cell) => new(
        cell.GetProperty("groupKey").GetString(),
        cell.GetProperty("validBallots").GetInt32(),
        cell.GetProperty("suppressed").GetBoolean(),
        Options(cell.GetProperty("options").EnumerateArray().Select(ReadOption)));

    private static (string, bool, int?, decimal?) ReadOption(JsonElement option) =>
        (option.GetProperty("key").GetString()!, option.GetProperty("abstention").GetBoolean(),
         IntOrNull(option.GetProperty("count")), DecimalOrNull(option.GetProperty("share")));

    /// <summary>Options as <c>key=count/share</c>, an abstention marked, so a failing comparison shows the whole cell.</summary>
    private static string Options(IEnumerable<(string Key, bool Abstention, int? Count, decimal? Share)> options) =>
        string.Join("; ", options.Select(o => $"{o.Key}{(o.Abstention ? "(弃权)" : "")}={o.Count?.ToString() ?? "–"}/{Print(o.Share)}"));

    private static (string?, int, int, int, bool) Summary(JsonElement s) =>
        (s.GetProperty("capMode").GetString(), s.GetProperty("gradedMembers").GetInt32(), s.GetProperty("cap").GetInt32(),
         s.GetProperty("capCount").GetInt32(), s.GetProperty("capExceeded").GetBoolean());

    /// <summary>How a member tends to be graded: weights of 优秀/合格/基本合格/不合格, and chances of a 反向情形 tick and a 存在问题 text.</summary>
    private sealed record Profile(int[] GradeWeights, double SignChance, double ProblemChance);

    private sealed record Member(string Id, string Name, bool Probationary, Profile Profile);

    /// <summary>One distribution: a group's, or the total's (<paramref name="Group"/> null); options printed by <see cref="Options"/>.</summary>
    private sealed record Cell(string? Group, int Valid, bool Suppressed, string Options);

    private sealed record MemberReport(
        string Id, string Name, bool Graded, Cell? Total, string Groups, string Flags, int? WithSigns, string Signs, bool ProblemsSuppressed, string Problems);
}

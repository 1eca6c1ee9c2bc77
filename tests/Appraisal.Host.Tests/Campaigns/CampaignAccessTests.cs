using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>Every operation that is not public needs credentials; without them it fails and changes nothing.</summary>
public sealed class CampaignAccessTests(CampaignHost host) : IClassFixture<CampaignHost>
{
    [Fact]
    public async Task Every_non_public_mutation_without_credentials_is_refused_and_changes_nothing()
    {
        var script = new CampaignScript(host.Admin, host.Anonymous);
        var (id, codes) = await BallotCastingTests.OpenAgencyCampaignAsync(script, codes: 2);
        var draft = await script.CreateAsync(CampaignScript.AgencyType, "草稿活动");
        var before = await SnapshotAsync([id, draft]);

        var calls = new (string Field, string Document, object Variables)[]
        {
            ("createCampaign", "mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }",
                new { i = new { typeKey = CampaignScript.AgencyType, title = "x" } }),
            ("setQuestionnaire", "mutation($id: ID!, $q: QuestionnaireInput!) { setQuestionnaire(campaignId: $id, questionnaire: $q) { id } }",
                new { id = draft, q = new { scales = Array.Empty<object>(), items = new[] { new { key = "t", textZhCn = "意见", textEn = "Say", kind = "TEXT", scope = "PER_BALLOT" } } } }),
            ("addSubjects", "mutation($id: ID!) { addSubjects(campaignId: $id, subjects: [{ id: \"z\", name: \"z\" }]) { id } }", new { id = draft }),
            ("addRaterGroups", "mutation($id: ID!) { addRaterGroups(campaignId: $id, groups: [{ key: \"g\", nameZhCn: \"群\", nameEn: \"g\", weight: 1 }]) { id } }", new { id = draft }),
            ("issueBallots", "mutation($id: ID!) { issueBallots(campaignId: $id, input: { groupKey: \"service\", strategy: SLIPS, count: 5 }) { drawNo } }", new { id }),
            ("voidBallotCodes", "mutation($id: ID!, $c: [String!]!) { voidBallotCodes(campaignId: $id, codes: $c) }", new { id, c = codes }),
            ("openCampaign", "mutation($id: ID!) { openCampaign(id: $id) { id } }", new { id = draft }),
            ("recordCommitteeGrades", "mutation($id: ID!) { recordCommitteeGrades(campaignId: $id, grades: [{ subjectId: \"a1\", grade: \"satisfied\" }]) { cap } }", new { id }),
            ("closeCampaign", "mutation($id: ID!) { closeCampaign(id: $id) { id } }", new { id }),
            ("retallyCampaign", "mutation($id: ID!) { retallyCampaign(id: $id) { id } }", new { id }),
            ("publishResults", "mutation($id: ID!) { publishResults(id: $id) { id } }", new { id }),
            ("resetTestCampaign", "mutation($id: ID!) { resetTestCampaign(id: $id) { id } }", new { id }),
            ("createAccount", "mutation { createAccount(input: { login: \"eve\", displayName: \"Eve\", role: ADMIN, password: \"0123456789ab\" }) { id } }", new { }),
            ("setAccountDisabled", "mutation { setAccountDisabled(id: \"x\", disabled: true) { id } }", new { }),
            ("moveFollowUp", "mutation($id: ID!) { moveFollowUp(campaignId: $id, key: \"c-1\", to: VERIFYING) { key } }", new { id }),
            ("setWorkingCalendar", "mutation { setWorkingCalendar(holidays: [\"2026-10-01\"], workdays: []) { holidays } }", new { }),
        };

        // The list above must cover every mutation but the public ones: a new mutation fails this test until it is added.
        var schema = await host.Admin.DataAsync("{ __type(name: \"Mutation\") { fields { name } } }");
        var mutations = schema.GetProperty("__type").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ToHashSet();
        Assert.Equal(mutations.Except(["submitBallot", "submitPublicBallot", "login", "logout"]).Order(), calls.Select(c => c.Field).Order());

        foreach (var bearer in new string?[] { null, "wrong-key", "" })
        {
            var client = new GraphQLClient(host.Host.Client, bearer);
            foreach (var (field, document, variables) in calls)
            {
                var result = await client.SendAsync(document, variables);
                Assert.True(GraphQLClient.ErrorCode(result) == "UNAUTHENTICATED", $"{field} with bearer '{bearer}': {result}");
            }

            var list = await client.SendAsync("{ campaigns { id } }");
            Assert.Equal("UNAUTHENTICATED", GraphQLClient.ErrorCode(list));
            var hidden = await client.DataAsync("query($id: ID!) { campaign(id: $id) { id } }", new { id });
            Assert.Equal(System.Text.Json.JsonValueKind.Null, hidden.GetProperty("campaign").ValueKind);
        }

        Assert.Equal(before, await SnapshotAsync([id, draft]));
    }

    [Fact]
    public async Task Organizers_see_and_change_only_their_own_campaigns_and_observers_change_nothing()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        foreach (var (login, role) in new[] { ($"alice{suffix}", "ORGANIZER"), ($"bob{suffix}", "ORGANIZER"), ($"olga{suffix}", "OBSERVER") })
        {
            await host.Admin.DataAsync(
                "mutation($i: CreateAccountInput!) { createAccount(input: $i) { id role } }",
                new { i = new { login, displayName = login, role, password = "correct horse battery" } });
        }

        var alice = await LoginAsync($"alice{suffix}");
        var bob = await LoginAsync($"bob{suffix}");
        var olga = await LoginAsync($"olga{suffix}");
        var wrong = await host.Anonymous.SendAsync("mutation { login(login: \"nobody\", password: \"whatever-123\") { token } }");
        Assert.Equal("LOGIN_FAILED", GraphQLClient.ErrorCode(wrong));

        var id = await new CampaignScript(alice, host.Anonymous).CreateAsync(CampaignScript.AgencyType, "支部活动");
        Assert.Contains(id, await CampaignIdsAsync(alice));
        Assert.DoesNotContain(id, await CampaignIdsAsync(bob));
        Assert.Contains(id, await CampaignIdsAsync(olga));
        Assert.Contains(id, await CampaignIdsAsync(host.Admin));

        var bobAdds = await bob.SendAsync("mutation($id: ID!) { addSubjects(campaignId: $id, subjects: [{ id: \"s\", name: \"s\" }]) { id } }", new { id });
        Assert.Equal("FORBIDDEN", GraphQLClient.ErrorCode(bobAdds));
        var bobReads = await bob.DataAsync("query($id: ID!) { campaign(id: $id) { id } }", new { id });
        Assert.Equal(System.Text.Json.JsonValueKind.Null, bobReads.GetProperty("campaign").ValueKind);
        var olgaCreates = await olga.SendAsync("mutation { createCampaign(input: { typeKey: \"people-satisfied-agency\", title: \"x\" }) { id } }");
        Assert.Equal("FORBIDDEN", GraphQLClient.ErrorCode(olgaCreates));
        var olgaAccounts = await olga.SendAsync("{ accounts { id } }");
        Assert.Equal("FORBIDDEN", GraphQLClient.ErrorCode(olgaAccounts));

        var log = await host.Admin.DataAsync("query($id: ID!) { auditLog(campaignId: $id) { actor action campaignId } }", new { id });
        var me = await alice.DataAsync("{ me { accountId role } }");
        var entry = Assert.Single(log.GetProperty("auditLog").EnumerateArray());
        Assert.Equal("campaign.create", entry.GetProperty("action").GetString());
        Assert.Equal(me.GetProperty("me").GetProperty("accountId").GetString(), entry.GetProperty("actor").GetString());
    }

    private async Task<GraphQLClient> LoginAsync(string login)
    {
        var data = await host.Anonymous.DataAsync(
            "mutation($l: String!, $p: String!) { login(login: $l, password: $p) { token me { role } } }",
            new { l = login, p = "correct horse battery" });
        return new GraphQLClient(host.Host.Client, data.GetProperty("login").GetProperty("token").GetString());
    }

    private static async Task<string[]> CampaignIdsAsync(GraphQLClient client)
    {
        var data = await client.DataAsync("{ campaigns { id } }");
        return [.. data.GetProperty("campaigns").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];
    }

    private async Task<string> SnapshotAsync(string[] ids)
    {
        var parts = new List<string>();
        foreach (var id in ids)
        {
            var data = await host.Admin.DataAsync(
                """
                query($id: ID!) { campaign(id: $id) {
                  status testMode title questionnaire { items { key } } subjects { id } raterGroups { key }
                  draws { drawNo } turnout { groupKey issued returned voided } report { ballotsCast }
                } }
                """,
                new { id });
            parts.Add(data.ToString());
        }

        var list = await host.Admin.DataAsync("{ campaigns { id } accounts { login disabled } }");
        parts.Add(list.ToString());
        return string.Join("\n", parts);
    }
}

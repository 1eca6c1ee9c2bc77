using System.Text.Json;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>The GraphQL calls an organiser makes, as the tests use them.</summary>
internal sealed class CampaignScript(GraphQLClient admin, GraphQLClient voter)
{
    public GraphQLClient Admin => admin;

    public const string AgencyType = "people-satisfied-agency";

    /// <summary>Creates a draft from the type's default template; <paramref name="settings"/> override the type's defaults.</summary>
    public async Task<string> CreateAsync(string typeKey, string title, IReadOnlyDictionary<string, string>? settings = null)
    {
        var data = await admin.DataAsync(
            "mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id status } }",
            new { input = new { typeKey, title, settings = settings?.Select(s => new { key = s.Key, value = s.Value }).ToArray() } });
        return data.GetProperty("createCampaign").GetProperty("id").GetString()!;
    }

    public Task AddSubjectsAsync(string campaignId, IEnumerable<object> subjects) =>
        admin.DataAsync(
            "mutation($id: ID!, $subjects: [SubjectInput!]!) { addSubjects(campaignId: $id, subjects: $subjects) { id } }",
            new { id = campaignId, subjects = subjects.ToArray() });

    public Task AddGroupsAsync(string campaignId, IEnumerable<object> groups) =>
        admin.DataAsync(
            "mutation($id: ID!, $groups: [RaterGroupInput!]!) { addRaterGroups(campaignId: $id, groups: $groups) { id } }",
            new { id = campaignId, groups = groups.ToArray() });

    /// <summary>Issues codes; returns (code, raterId, subjectIds) as the organiser receives them.</summary>
    public async Task<IReadOnlyList<(string Code, string? RaterId, string[] Subjects)>> IssueAsync(string campaignId, object input)
    {
        var data = await admin.DataAsync(
            """
            mutation($id: ID!, $input: IssueBallotsInput!) {
              issueBallots(campaignId: $id, input: $input) { drawNo commitment ballots { code path raterId subjectIds } }
            }
            """,
            new { id = campaignId, input });
        return [.. data.GetProperty("issueBallots").GetProperty("ballots").EnumerateArray().Select(b => (
            b.GetProperty("code").GetString()!,
            b.GetProperty("raterId").ValueKind == JsonValueKind.Null ? null : b.GetProperty("raterId").GetString(),
            b.GetProperty("subjectIds").EnumerateArray().Select(s => s.GetString()!).ToArray()))];
    }

    public async Task<string> TransitionAsync(string mutation, string campaignId)
    {
        var data = await admin.DataAsync($"mutation($id: ID!) {{ {mutation}(id: $id) {{ status }} }}", new { id = campaignId });
        return data.GetProperty(mutation).GetProperty("status").GetString()!;
    }

    public Task<JsonElement> SubmitAsync(string code, IEnumerable<object> answers) =>
        voter.SendAsync(
            """
            mutation($code: String!, $answers: [AnswerInput!]!) {
              submitBallot(code: $code, answers: $answers) {
                accepted receipt { digest position chainHead token } problems { code itemKey subjectId message { zhCn } }
              }
            }
            """,
            new { code, answers = answers.ToArray() });

    /// <summary>A ballot's subjects as the ballot form lists them.</summary>
    public async Task<string[]> BallotSubjectsAsync(string code)
    {
        var data = await voter.DataAsync("query($code: String!) { ballot(code: $code) { subjects { id } } }", new { code });
        return [.. data.GetProperty("ballot").GetProperty("subjects").EnumerateArray().Select(s => s.GetProperty("id").GetString()!)];
    }

    public static object Group(string key, string zh, double? weight) => new { key, nameZhCn = zh, nameEn = key, weight };
}

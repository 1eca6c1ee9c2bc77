using System.Text.Json;
using Appraisal.Host.Tests.Support;

namespace Appraisal.Host.Tests.Campaigns;

/// <summary>The calls a public survey page (/s/{campaign}) makes, and a 满意度测评 in public link mode to make them against.</summary>
internal sealed class PublicSurveyScript(GraphQLClient visitor)
{
    public const string SurveyQuery =
        "query($id: ID!) { publicSurvey(campaignId: $id) { deviceToken needsCode path form { campaignId groupKey questionnaire { items { key } } } } }";

    public const string SubmitMutation =
        """
        mutation($id: ID!, $token: String!, $answers: [AnswerInput!]!, $code: String) {
          submitPublicBallot(campaignId: $id, deviceToken: $token, answers: $answers, code: $code) {
            accepted receipt { digest position } problems { code itemKey }
          }
        }
        """;

    public Task<JsonElement> SurveyAsync(string campaignId) => visitor.SendAsync(SurveyQuery, new { id = campaignId });

    /// <summary>A device token, as the page gets it on opening the survey.</summary>
    public async Task<string> TokenAsync(string campaignId) =>
        (await visitor.DataAsync(SurveyQuery, new { id = campaignId })).GetProperty("publicSurvey").GetProperty("deviceToken").GetString()!;

    public Task<JsonElement> SubmitAsync(string campaignId, string token, string? code = null) =>
        visitor.SendAsync(SubmitMutation, new { id = campaignId, token, answers = Answers().ToArray(), code });

    public static bool Accepted(JsonElement result) =>
        result.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.GetProperty("submitPublicBallot").GetProperty("accepted").GetBoolean();

    /// <summary>The <c>extensions.field</c> of the first error.</summary>
    public static string? ErrorField(JsonElement result) =>
        result.GetProperty("errors")[0].GetProperty("extensions").TryGetProperty("field", out var field) ? field.GetString() : null;

    /// <summary>A complete ballot of the national 好差评 template (its per-ballot items), all 满意.</summary>
    public static IEnumerable<object> Answers() =>
        from item in new[] { "overall", "attitude", "efficiency", "convenience", "transparency", "integrity" }
        select (object)new { itemKey = item, optionKeys = new[] { "satisfied" } };

    public static Dictionary<string, string> PublicMode(bool oneTimeCodes = false) => new()
    {
        ["public.enabled"] = "true",
        ["public.group"] = "citizens",
        ["public.one-time-codes"] = oneTimeCodes ? "true" : "false",
    };

    /// <summary>An open satisfaction survey with a rater group <c>citizens</c> holding <paramref name="codes"/> slips.</summary>
    public static async Task<(string Id, IReadOnlyList<string> Codes)> OpenSurveyAsync(
        CampaignScript script, IReadOnlyDictionary<string, string>? settings, int codes = 0)
    {
        var id = await script.CreateAsync("satisfaction", "2026年度政务服务中心满意度测评", settings);
        await script.AddGroupsAsync(id, [CampaignScript.Group("citizens", "群众", 1)]);
        var issued = codes > 0 ? await script.IssueAsync(id, new { groupKey = "citizens", strategy = "SLIPS", count = codes }) : [];
        await script.TransitionAsync("openCampaign", id);
        return (id, [.. issued.Select(i => i.Code)]);
    }
}

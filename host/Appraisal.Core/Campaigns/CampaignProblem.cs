using Appraisal.PluginApi;

namespace Appraisal.Core.Campaigns;

/// <summary>
/// A request the campaign rules refuse (wrong status, unknown subject, a bad weight, …). Nothing was changed.
/// The code is stable for clients (<c>CAMPAIGN_NOT_DRAFT</c>, <c>CODE_ALREADY_USED</c>, …); the message is
/// bilingual because it is shown to organisers and voters.
/// </summary>
public sealed class CampaignProblem(string code, LocalizedText message, string? field = null, Exception? inner = null)
    : Exception($"{code}: {message.En}", inner)
{
    /// <summary>Machine-readable reason, reported as <c>extensions.code</c>.</summary>
    public string Code { get; } = code;

    /// <summary>What the user reads.</summary>
    public LocalizedText Text { get; } = message;

    /// <summary>The input field at fault (e.g. <c>subjects[3].id</c>), or null.</summary>
    public string? Field { get; } = field;

    /// <summary>The problem of an unknown campaign id.</summary>
    public static CampaignProblem NotFoundFor(string campaignId) => NotFound(campaignId);

    internal static CampaignProblem NotFound(string campaignId) =>
        new("CAMPAIGN_NOT_FOUND", new($"找不到活动 {campaignId}。", $"No campaign {campaignId}."), "campaignId");

    internal static CampaignProblem WrongStatus(CampaignStatus actual, string zhAction, string enAction, params CampaignStatus[] allowed) =>
        new(
            "CAMPAIGN_WRONG_STATUS",
            new(
                $"活动当前为“{CampaignStatusText.ZhCn(actual)}”，不能{zhAction}（需要：{string.Join("或", allowed.Select(CampaignStatusText.ZhCn))}）。",
                $"The campaign is {actual.ToString().ToLowerInvariant()}; cannot {enAction} (needs {string.Join(" or ", allowed.Select(a => a.ToString().ToLowerInvariant()))})."));

    internal static CampaignProblem Invalid(string field, string zh, string en) => new("INVALID_INPUT", new(zh, en), field);
}

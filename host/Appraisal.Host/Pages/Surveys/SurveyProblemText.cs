using Appraisal.Core.Campaigns;
using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Surveys;

/// <summary>
/// What a visitor reads when a public survey cannot take a ballot from them, by the ballot box's problem code: a
/// title, what to do, and the HTTP status, chosen as <c>/b/{code}</c> chooses them for a code that cannot vote. The
/// problem's own message says what is wrong.
/// </summary>
public static class SurveyProblemText
{
    public static string Title(CampaignProblem problem) => problem?.Code switch
    {
        "CAMPAIGN_NOT_FOUND" => Text("没有这个问卷", "No such survey"),
        "PUBLIC_LINK_DISABLED" => Text("本次测评没有公开问卷", "This appraisal has no public survey"),
        "CAMPAIGN_NOT_OPEN" => Text("现在不能提交问卷", "The survey is not open"),
        "DEVICE_ALREADY_VOTED" => Text("此设备已经提交过", "Already submitted from this device"),
        "INVALID_DEVICE_TOKEN" => Text("请重新打开问卷", "Please open the survey again"),
        _ => Text("暂时不能提交", "Submitting is unavailable"),
    };

    public static string Advice(CampaignProblem problem) => problem?.Code switch
    {
        "CAMPAIGN_NOT_FOUND" or "PUBLIC_LINK_DISABLED" => Text(
            "请核对链接或二维码。持有纸质测评票的，请输入测评票上的测评码。",
            "Check the link or the QR code. If you have a paper ballot slip, type the code printed on it."),
        "CAMPAIGN_NOT_OPEN" => Text("请在测评开放期间再打开这个页面。", "Open this page again while the survey is open."),
        "DEVICE_ALREADY_VOTED" => Text("感谢参与，你的问卷已经计入。", "Thank you: your answers have been counted."),
        "INVALID_DEVICE_TOKEN" => Text(
            "本页用一个 Cookie 确保每台设备只提交一次。请允许本网站保存 Cookie，再重新打开问卷。",
            "This page keeps a cookie so that each device submits once. Allow this site to keep cookies, then open the survey again."),
        _ => Text("请稍后再试。", "Please try again later."),
    };

    public static int Status(CampaignProblem problem) => problem?.Code switch
    {
        "CAMPAIGN_NOT_FOUND" or "PUBLIC_LINK_DISABLED" => StatusCodes.Status404NotFound,
        "CAMPAIGN_NOT_OPEN" => StatusCodes.Status403Forbidden,
        "DEVICE_ALREADY_VOTED" => StatusCodes.Status409Conflict,
        "INVALID_DEVICE_TOKEN" => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status503ServiceUnavailable,
    };

    /// <summary>Whether the page offers the code entry page: the visitor may hold a paper slip instead.</summary>
    public static bool OffersCodeEntry(CampaignProblem problem) => problem?.Code is "CAMPAIGN_NOT_FOUND" or "PUBLIC_LINK_DISABLED";

    /// <summary>Whether the page links back to the survey: opening it again hands out a new device token.</summary>
    public static bool OffersReopen(CampaignProblem problem) => problem?.Code is "INVALID_DEVICE_TOKEN";

    public static string TypeCode => Text("输入测评码", "Type a ballot code");

    public static string Reopen => Text("重新打开问卷", "Open the survey again");
}

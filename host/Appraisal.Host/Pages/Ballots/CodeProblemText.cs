using Appraisal.Core.Campaigns;
using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Ballots;

/// <summary>
/// What a voter reads when a code cannot open a ballot, by the ballot box's problem code: a title, what to do, and
/// the HTTP status the page answers with. The problem's own message says what is wrong.
/// </summary>
public static class CodeProblemText
{
    public static string Title(CampaignProblem problem) => problem?.Code switch
    {
        "INVALID_CODE" => Text("测评码有误", "This ballot code is not valid"),
        "CODE_NOT_FOUND" => Text("没有这个测评码", "No such ballot code"),
        "CODE_ALREADY_USED" => Text("测评码已经使用", "This ballot code has been used"),
        "CODE_VOIDED" => Text("测评码已作废", "This ballot code was voided"),
        "CAMPAIGN_NOT_OPEN" => Text("现在不能投票", "Voting is not open"),
        _ => Text("暂时不能投票", "Voting is unavailable"),
    };

    public static string Advice(CampaignProblem problem) => problem?.Code switch
    {
        "INVALID_CODE" or "CODE_NOT_FOUND" => Text("请核对测评票上的测评码，再输入一次。", "Check the code on your ballot slip and type it again."),
        "CODE_ALREADY_USED" => Text(
            "每个测评码只能投一次票。如果不是你本人投的，请告诉组织者。",
            "Each code casts one ballot. If you did not cast it, tell the organiser."),
        "CODE_VOIDED" => Text("请向组织者领取新的测评票。", "Ask the organiser for a new ballot slip."),
        "CAMPAIGN_NOT_OPEN" => Text("请在测评开放期间再打开这个页面。", "Open this page again while the appraisal is open."),
        _ => Text("请稍后再试。", "Please try again later."),
    };

    public static int Status(CampaignProblem problem) => problem?.Code switch
    {
        "INVALID_CODE" or "CODE_NOT_FOUND" => StatusCodes.Status404NotFound,
        "CODE_ALREADY_USED" or "CODE_VOIDED" => StatusCodes.Status410Gone,
        "CAMPAIGN_NOT_OPEN" => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status503ServiceUnavailable,
    };

    public static string TypeAnother => Text("输入其他测评码", "Type another code");

    public static string TooManyRequests(int seconds) =>
        Text($"请求过于频繁，请 {seconds} 秒后再试。", $"Too many requests; try again in {seconds} s.");
}

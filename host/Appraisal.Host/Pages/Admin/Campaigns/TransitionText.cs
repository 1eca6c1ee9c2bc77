using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Campaigns;

/// <summary>
/// What each change of status is called and what it does, in both languages: the confirmation step states the
/// consequences before anything happens, above all what cannot be undone.
/// </summary>
public static class TransitionText
{
    public static string Name(string key) => key switch
    {
        "open" => Text("开始投票", "Open for voting"),
        "open-test" => Text("试运行", "Open as a trial run"),
        "close" => Text("结束投票", "Close voting"),
        "publish" => Text("公布结果", "Publish the results"),
        _ => Text("清除试运行数据", "Reset the trial run"),
    };

    public static string Consequence(string key) => key switch
    {
        "open" => Text(
            "开始后即可凭测评码投票。问卷、评议对象和评议群体将不能再修改。",
            "Ballot codes can vote from now on. The questionnaire, subjects and rater groups can no longer change."),
        "open-test" => Text(
            "试运行与正式投票完全一样，但之后可以清除全部试运行数据（测评码、抽签、选票、回执），回到草稿再正式开始。试运行的结果不能公布。",
            "A trial run takes ballots like a live one, but all of it (codes, draws, ballots, receipts) can be cleared afterwards to return to a draft and open for real. A trial's results cannot be published."),
        "close" => Text(
            "结束后不能再投票，也不能再发放测评码；各次抽签的种子随之公开，随即计票。此操作不可撤销。",
            "After closing no ballot can be cast and no code issued; every draw's seed is revealed and the ballots are tallied. This cannot be undone."),
        "publish" => Text(
            "公布后，结果、匿名选票和回执链对所有人公开，任何人都能核验。此操作不可撤销。",
            "Once published, the results, the anonymous ballots and the receipt chain are public for anyone to check. This cannot be undone."),
        _ => Text(
            "将删除试运行期间发放的全部测评码、抽签、选票和回执，活动回到草稿。此操作不可撤销。",
            "Every code, draw, ballot and receipt of the trial run is deleted and the campaign returns to a draft. This cannot be undone."),
    };

    public static string Confirm(string key) => Text($"确认{Name(key)}", $"Confirm: {Name(key)}");

    public static string Cancel => Text("返回活动，不做更改", "Back to the campaign, change nothing");

    public static string NotNow(string status) => Text(
        $"活动当前为“{status}”，这一步现在不适用。", $"The campaign is {status}; this step does not apply now.");

    public static string Unknown => Text("没有这个操作。", "No such step.");
}

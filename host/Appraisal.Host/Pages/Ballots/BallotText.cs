using System.Globalization;
using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Ballots;

/// <summary>Every string of the ballot form and its confirmation step, in both languages.</summary>
public static class BallotText
{
    public static string RatesAs(string group) => Text($"评议人身份：{group}", $"You rate as: {group}");

    public static string ClosesOn(DateOnly date)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return Text($"截止日期：{day}", $"Closes on {day}");
    }

    public static string RequiredNote => Text("标 * 的题目必须作答。", "Questions marked * must be answered.");

    /// <summary>What a screen reader says for the * of a required item.</summary>
    public static string Required => Text("必答", "required");

    public static string MatrixHint => Text("每行选一项。", "Choose one in each row.");

    public static string SubjectColumn => Text("评议对象", "Name");

    public static string MoreItems(bool optional) => optional ? Text("其他评价（选填）", "More (optional)") : Text("其他评价", "More");

    public static string OtherQuestions => Text("其他题目", "Other questions");

    public static string MaxLength(int characters) =>
        Text($"最多 {characters} 字。", $"Up to {characters} characters.");

    /// <summary>
    /// Without script a conditional item cannot appear when its condition is met, so it is always shown with this
    /// hint, and the server decides whether it had to be answered.
    /// </summary>
    public static string AnswerIf(IReadOnlyList<string> options, bool isText)
    {
        var zh = string.Join("或", options.Select(o => $"“{o}”"));
        var en = string.Join(" or ", options.Select(o => $"“{o}”"));
        return isText
            ? Text($"选择{zh}时请填写。", $"Fill this in if you chose {en}.")
            : Text($"选择{zh}时请作答。", $"Answer this if you chose {en}.");
    }

    public static string Next => Text("下一步：核对", "Next: check answers");

    public static string ProblemCount(int count) =>
        Text($"有 {count} 处需要修改：", count == 1 ? "One answer needs attention:" : $"{count} answers need attention:");

    public static string FixTitle => Text("请修改后再提交", "Please correct your answers");

    public static string ReviewTitle => Text("请核对你的选择", "Check your answers");

    public static string ReviewIntro => Text(
        "提交后不能再修改。确认无误请点“确认提交”，需要修改请点“返回修改”。",
        "A ballot cannot be changed once submitted. Choose “Submit ballot” if this is right, or “Change answers”.");

    public static string NotAnswered => Text("未作答", "Not answered");

    public static string ListSeparator => Text("、", ", ");

    public static string Colon => Text("：", ": ");

    public static string Edit => Text("返回修改", "Change answers");

    public static string Confirm => Text("确认提交", "Submit ballot");
}

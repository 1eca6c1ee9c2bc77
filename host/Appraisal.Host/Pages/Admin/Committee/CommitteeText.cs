using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Committee;

/// <summary>The strings of the 组织评定 page, in both languages.</summary>
public static class CommitteeText
{
    public static string Title => Text("组织评定", "Committee grades");

    public static string NotFound => Text("没有找到这个活动。", "No such campaign.");

    public static string NotApplicable => Text("这类测评没有组织评定。", "This appraisal type has no committee grading.");

    public static string NotSealed => Text("活动结束计票后才能进行组织评定。", "Grades can be recorded once the campaign is closed.");

    public static string Intro => Text(
        "支部委员会根据评议情况和党员日常表现，评定每名正式党员的等次；测评票数是参考，不是结果。预备党员参加评议，但不评定等次。",
        "The branch committee grades each full member from the appraisal and their everyday conduct; the votes inform the grade, they do not decide it. Probationary members take part but are not graded.");

    public static string ReadOnly => Text("您可以查看，但不能修改评定。", "You may read the grades but not change them.");

    public static string Member => Text("党员", "Member");

    public static string Grade => Text("等次", "Grade");

    public static string Note => Text("备注", "Note");

    public static string NotGraded => Text("预备党员，不定等次", "Probationary member, not graded");

    public static string NoGrade => Text("（未评定）", "(not graded)");

    public static string Save => Text("保存评定", "Save grades");

    public static string Saved => Text("已保存。", "Saved.");

    public static string BackToResults => Text("返回测评结果", "Back to the results");

    public static string CapOff => Text("本活动不限制优秀比例（不下指标、不定比例）。", "This campaign sets no cap on excellent grades.");

    public static string Cap(string option, string share, int members, int cap, string mode) => Text(
        $"“{option}”一般不超过正式党员的 {share}：{members} 名正式党员，最多 {cap} 名。{(mode == "enforce" ? "超出时不能保存。" : "超出时会提示，但可以保存。")}",
        $"“{option}” is capped at {share} of full members: {members} members, at most {cap}. {(mode == "enforce" ? "Grades beyond it are refused." : "Grades beyond it are flagged but saved.")}");

    public static string CapCount(string option, int count, int cap) =>
        Text($"目前评定为“{option}”的有 {count} 名（上限 {cap} 名）。", $"{count} members are graded “{option}” now (cap {cap}).");

    public static string CapExceeded => Text("超出优秀比例上限，请复核。", "The cap on excellent grades is exceeded; please review.");
}

using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Campaigns;

/// <summary>The strings of the form that adds a rater group to a draft, in both languages.</summary>
public static class GroupText
{
    public static string Add => Text("添加评议群体", "Add a rater group");

    public static string Edit(string key) => Text($"修改评议群体 {key}", $"Edit rater group {key}");

    public static string EditLink => Text("修改", "Edit");

    public static string Key => Text("群体代码", "Key");

    public static string KeyHint => Text("字母、数字或 - _ .，如 members、public；发放测评码时用。", "Letters, digits or - _ . such as members; used when issuing codes.");

    public static string NameZh => Text("中文名称", "Chinese name");

    public static string NameEn => Text("英文名称", "English name");

    public static string NameEnHint => Text("选填；不填则用群体代码。", "Optional; the key when left empty.");

    public static string Weight => Text("权重（选填）", "Weight (optional)");

    public static string WeightHint => Text("0 至 1000；不填则该群体的结果只供参考，不计入综合得分。", "0 to 1000; left empty, the group's results are shown but not combined.");

    public static string ClassWeights => Text("按单位类别的权重（选填，覆盖上面的权重）", "Weights by unit class (optional; override the weight above)");

    public static string PlannedSize => Text("计划人数（选填）", "Planned size (optional)");

    public static string Save => Text("添加", "Add");

    public static string BadNumber => Text("请填写数字，如 0.3 或 40。", "Enter a number, such as 0.3 or 40.");
}

using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Campaigns;

/// <summary>The strings of the create wizard (<c>/admin/campaigns/new</c>), in both languages.</summary>
public static class NewCampaignText
{
    public static string Title => Text("新建活动", "New campaign");

    public static string TitleFor(string type) => Text($"新建活动：{type}", $"New campaign: {type}");

    public static string StepType => Text("第 1 步，共 2 步：选择测评类型", "Step 1 of 2: choose the appraisal type");

    public static string StepDetails => Text("第 2 步，共 2 步：模板与基本信息", "Step 2 of 2: template and details");

    public static string ChangeType => Text("更换测评类型", "Choose another type");

    public static string NoTypes => Text("目前没有可用的测评类型（插件）。请联系管理员。", "No appraisal type (plugin) is active. Ask an admin.");

    public static string UnknownType => Text("没有这个测评类型，或它已停用。请重新选择。", "No such appraisal type, or it is no longer active. Choose again.");

    public static string ObserverRefused => Text("观察员只能查看活动，不能新建。", "Observers read campaigns; they cannot create them.");

    public static string Template => Text("问卷模板", "Questionnaire template");

    public static string CampaignTitle => Text("活动名称", "Title");

    public static string CampaignTitleHint => Text("显示在每张测评票和结果上，如“2026年度第一党支部民主评议党员”。", "Shown on every ballot and on the results.");

    public static string Period => Text("测评期间（选填）", "Period (optional)");

    public static string PeriodHint => Text("如“2026年度”。", "Such as 2026.");

    public static string OpensOn => Text("开始日期（选填）", "First voting day (optional)");

    public static string ClosesOn => Text("结束日期（选填）", "Last voting day (optional)");

    public static string WindowHint => Text(
        "只在这些日期内（含当天）接受投票；不填则从开始投票起、到结束投票止。",
        "Ballots are accepted on these days only (inclusive); left empty, from opening until closing.");

    public static string MinimumCell => Text("最小单元格", "Minimum cell size");

    public static string MinimumCellHint => Text(
        "少于这么多张选票的结果不显示，以免推断出个人的评价。默认 3，可设 1 至 100。",
        "Results resting on fewer ballots are not shown, so no one's answers can be inferred. 3 by default, 1 to 100.");

    public static string TestModeHint => Text(
        "活动创建后为草稿。开始投票时可选择“试运行”：投票与正式一样，之后可清除全部试运行数据，回到草稿再正式开始。",
        "The campaign starts as a draft. When you open it you may choose a trial run: it takes ballots like a live one, and all of it can be cleared afterwards to open for real.");

    public static string Create => Text("创建草稿", "Create draft");

    public static string BadDate => Text("日期格式不正确，请用“年-月-日”。", "The date is not valid; use year-month-day.");

    public static string BadNumber => Text("请填写 1 至 100 之间的整数。", "Enter a whole number from 1 to 100.");
}

using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Campaigns;

/// <summary>The strings of a campaign's page (<c>/admin/campaigns/{id}</c>), in both languages.</summary>
public static class CampaignText
{
    public static string Summary => Text("概况", "Summary");

    public static string MinimumCell => Text("最小单元格", "Minimum cell size");

    public static string CreatedOn => Text("创建日期", "Created");

    public static string Subjects => Text("评议对象", "Subjects");

    public static string Items => Text("问卷题目", "Questions");

    public static string Count(int count) => Text($"{count} 个", $"{count}");

    public static string TurnoutLink => Text("查看参评情况（实时）", "Live turnout");

    public static string PagesOfCampaign => Text("本活动的页面", "Pages of this campaign");

    public static string SubjectsLink => Text("评议对象名册（导入）", "Subjects (import)");

    public static string CodesLink => Text("测评码（发放、打印、作废）", "Ballot codes (issue, print, void)");

    public static string ResultsLink => Text("测评结果与下载", "Results and downloads");

    public static string CommitteeLink => Text("组织评定", "Committee grading (组织评定)");

    public static string Groups => Text("评议群体", "Rater groups");

    public static string NoGroups => Text("还没有评议群体。开始投票前至少要有一个。", "No rater group yet; at least one is needed to open.");

    public static string Weight => Text("权重", "Weight");

    public static string Advisory => Text("不计权重（仅供参考）", "No weight (advisory)");

    public static string WeightFor(string unitClass) => Text($"{unitClass}：", $"{unitClass}: ");

    public static string PlannedSize => Text("计划人数", "Planned size");

    public static string Actions => Text("操作", "Actions");

    public static string ReadOnly => Text("您只能查看这个活动。", "You can read this campaign, not change it.");

    public static string NoActions => Text("结果已公布，活动不再变化。", "The results are published; the campaign no longer changes.");

    public static string GroupsFixed => Text("开始投票后评议群体不能再修改。", "Rater groups cannot change once the campaign is open.");
}

using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Campaigns;

/// <summary>The strings of the campaigns list (<c>/admin</c>), in both languages.</summary>
public static class CampaignListText
{
    public static string Title => Text("活动列表", "Campaigns");

    public static string None => Text("还没有您可以查看的活动。", "There are no campaigns you can see yet.");

    public static string Type => Text("类型", "Type");

    public static string Status => Text("状态", "Status");

    public static string Period => Text("期间", "Period");

    public static string Window => Text("投票时间", "Voting");

    public static string Turnout => Text("参评情况", "Turnout");

    public static string IssuedReturned(int issued, int returned) =>
        Text($"已发放 {issued}，已回收 {returned}", $"{issued} issued, {returned} returned");
}

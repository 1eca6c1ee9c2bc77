using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Campaigns;

/// <summary>The strings of the live turnout page, in both languages.</summary>
public static class TurnoutText
{
    public static string Title => Text("参评情况", "Turnout");

    public static string Refreshes => Text("本页每 10 秒自动刷新。只显示人数，不显示谁投了票。", "This page refreshes every 10 seconds. Counts only: never who voted.");

    public static string Group => Text("评议群体", "Rater group");

    public static string Issued => Text("已发放", "Issued");

    public static string Returned => Text("已回收", "Returned");

    public static string Total => Text("合计", "Total");

    public static string Back => Text("返回活动", "Back to the campaign");
}

using System.Globalization;
using Appraisal.Core.Campaigns;
using Appraisal.Core.Security;
using static Appraisal.Host.Pages.Localization.PageLanguage;

namespace Appraisal.Host.Pages.Admin.Shell;

/// <summary>The strings every console page shares (roles, statuses, the header), in both languages.</summary>
public static class AdminText
{
    public static string Console => Text("活动管理", "Campaign console");

    public static string Campaigns => Text("活动列表", "Campaigns");

    public static string LogOut => Text("退出", "Sign out");

    public static string SignedInAs => Text("当前用户", "Signed in as");

    public static string Navigation => Text("管理导航", "Console");

    public static string None => Text("无", "None");

    public static string TestMode => Text("试运行", "Trial run");

    public static string NewCampaign => Text("新建活动", "New campaign");

    public static string NotFound => Text("找不到这个活动", "Campaign not found");

    public static string NotFoundHint => Text("活动不存在，或者您无权查看。", "It does not exist, or you may not see it.");

    public static string BackToList => Text("返回活动列表", "Back to the campaigns");

    public static string Forbidden => Text("您无权对此活动执行此操作。", "You may not do this on this campaign.");

    public static string Role(Role? role) => role switch
    {
        Core.Security.Role.Admin => Text("管理员", "Admin"),
        Core.Security.Role.Organizer => Text("组织者", "Organizer"),
        Core.Security.Role.Observer => Text("观察员", "Observer"),
        _ => Text("未登录", "Not signed in"),
    };

    /// <summary>草稿 / 进行中 / 已结束 / 已公布, the names organisers know from the rules.</summary>
    public static string Status(CampaignStatus status) => Text(CampaignStatusText.ZhCn(status), status switch
    {
        CampaignStatus.Draft => "Draft",
        CampaignStatus.Open => "Open",
        CampaignStatus.Closed => "Closed",
        _ => "Published",
    });

    /// <summary>When ballots are accepted: both days, one of them, or none set.</summary>
    public static string Window(DateOnly? opensOn, DateOnly? closesOn) => (opensOn, closesOn) switch
    {
        (null, null) => Text("开始至结束投票期间", "While open"),
        ({ } opens, null) => Text($"{Day(opens)} 起", $"From {Day(opens)}"),
        (null, { } closes) => Text($"至 {Day(closes)}", $"Until {Day(closes)}"),
        ({ } opens, { } closes) => Text($"{Day(opens)} 至 {Day(closes)}", $"{Day(opens)} to {Day(closes)}"),
    };

    /// <summary>A weight as typed: invariant, no trailing zeros (0.3, 40).</summary>
    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

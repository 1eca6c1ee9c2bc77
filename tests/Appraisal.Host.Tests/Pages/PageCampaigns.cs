using Appraisal.Host.Tests.Campaigns;

namespace Appraisal.Host.Tests.Pages;

/// <summary>The campaigns the page tests vote in, created through GraphQL as an organiser would.</summary>
internal static class PageCampaigns
{
    /// <summary>
    /// A hostile name among the members: it must come back as text, never as markup. Given the id <c>m99</c>, it sorts last.
    /// </summary>
    public const string HostileName = "<script>alert(1)</script>";

    /// <summary>Thirty members (the branch size the page weight is stated for), the last one named <see cref="HostileName"/>.</summary>
    public static IReadOnlyList<string> Branch { get; } =
    [
        "张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄强", "周丽", "吴刚", "徐婷", "孙浩", "胡军", "朱琳", "高峰",
        "林涛", "何欣", "郭明", "马超", "罗兰", "梁晨", "宋佳", "郑凯", "谢婷", "韩雪", "唐亮", "冯晓", "于洋", "董洁", HostileName,
    ];

    /// <summary>An open 民主评议党员 campaign over <paramref name="members"/> with <paramref name="codes"/> slips for 党员.</summary>
    public static async Task<(string Id, IReadOnlyList<string> Codes)> OpenBranchAsync(
        CampaignScript script, IReadOnlyList<string> members, int codes, string title = "2026年度第一党支部民主评议党员")
    {
        var id = await script.CreateAsync("democratic-review", title);
        await script.AddSubjectsAsync(id, members.Select((name, i) => (object)new { id = $"m{i + 1:00}", name }));
        await script.AddGroupsAsync(id, [CampaignScript.Group("members", "党员", 1)]);
        var issued = await script.IssueAsync(id, new { groupKey = "members", strategy = "SLIPS", count = codes });
        await script.TransitionAsync("openCampaign", id);
        return (id, [.. issued.Select(i => i.Code)]);
    }

    /// <summary>An open 满意度测评 from the type's default template (好差评: a reason asked after 不满意).</summary>
    public static async Task<(string Id, IReadOnlyList<string> Codes)> OpenSurveyAsync(CampaignScript script, int codes)
    {
        var id = await script.CreateAsync("satisfaction", "2026年政务服务满意度调查");
        await script.AddGroupsAsync(id, [CampaignScript.Group("public", "办事群众", 1)]);
        var issued = await script.IssueAsync(id, new { groupKey = "public", strategy = "SLIPS", count = codes });
        await script.TransitionAsync("openCampaign", id);
        return (id, [.. issued.Select(i => i.Code)]);
    }

    /// <summary>Ballots returned so far (turnout, counts only), over every rater group.</summary>
    public static async Task<int> ReturnedAsync(CampaignScript script, string id)
    {
        var data = await script.Admin.DataAsync("query($id: ID!) { campaign(id: $id) { turnout { returned } } }", new { id });
        return data.GetProperty("campaign").GetProperty("turnout").EnumerateArray().Sum(g => g.GetProperty("returned").GetInt32());
    }
}

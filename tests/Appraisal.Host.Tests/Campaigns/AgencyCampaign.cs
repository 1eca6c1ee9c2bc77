namespace Appraisal.Host.Tests.Campaigns;

/// <summary>
/// The 人民满意机关 campaign most host tests cast into: three agencies, one rater group of service users, slips.
/// Free of xunit, so the long fault runs in tests/bench link it too.
/// </summary>
internal static class AgencyCampaign
{
    public const string Group = "service";

    public static readonly string[] Agencies = ["a1", "a2", "a3"];

    /// <summary>Creates the campaign, issues <paramref name="codes"/> slips and opens it.</summary>
    public static async Task<(string Id, IReadOnlyList<string> Codes)> OpenAsync(CampaignScript script, int codes)
    {
        var id = await script.CreateAsync(CampaignScript.AgencyType, "测试活动");
        await script.AddSubjectsAsync(id, Agencies.Select(a => (object)new { id = a, name = $"单位{a}" }));
        await script.AddGroupsAsync(id, [CampaignScript.Group(Group, "服务对象", 1)]);
        var issued = await IssueAsync(script, id, codes);
        await script.TransitionAsync("openCampaign", id);
        return (id, issued);
    }

    /// <summary>More slips for the campaign (allowed while it is open).</summary>
    public static async Task<IReadOnlyList<string>> IssueAsync(CampaignScript script, string campaignId, int codes)
    {
        var issued = await script.IssueAsync(campaignId, new { groupKey = Group, strategy = "SLIPS", count = codes });
        return [.. issued.Select(i => i.Code)];
    }

    /// <summary>A complete ballot: every indicator of every subject in <paramref name="subjects"/> answered with <paramref name="option"/>.</summary>
    public static IEnumerable<object> Answers(string[] subjects, string option) =>
        from subject in subjects
        from item in new[] { "attitude", "efficiency", "lawful", "integrity", "openness", "conduct" }
        select (object)new { itemKey = item, subjectId = subject, optionKeys = new[] { option } };
}

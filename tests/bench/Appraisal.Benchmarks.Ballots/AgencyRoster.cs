using Appraisal.Core.Campaigns;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Benchmarks.Ballots;

/// <summary>
/// The campaign every tally world holds: a county's 人民满意机关 review of 12 agencies in 3 unit classes, rated by
/// 3 weighted rater groups on the plugin's six core indicators. Unbound slips, as the demo data and the casting
/// benchmark issue them, so every ballot is one sheet that answers every agency.
/// </summary>
internal static class AgencyRoster
{
    public const string TypeKey = "people-satisfied-agency";

    public const string TemplateKey = "core-indicators";

    /// <summary>The scored items of the template; each has a <c>-reason</c> text item shown after 不满意.</summary>
    public static readonly string[] Indicators = ["attitude", "efficiency", "lawful", "integrity", "openness", "conduct"];

    public static readonly AgencyProfile[] Agencies =
    [
        new("a01", "县委办公室", "党群部门", 0.82),
        new("a02", "县委组织部", "党群部门", 0.78),
        new("a03", "县委宣传部", "党群部门", 0.70),
        new("a04", "县总工会", "党群部门", 0.58),
        new("a05", "县发展和改革局", "政府部门", 0.66),
        new("a06", "县教育局", "政府部门", 0.61),
        new("a07", "县人力资源和社会保障局", "政府部门", 0.72),
        new("a08", "县自然资源局", "政府部门", 0.49),
        new("a09", "县市场监督管理局", "执法部门", 0.55),
        new("a10", "县公安局", "执法部门", 0.68),
        new("a11", "县城市管理局", "执法部门", 0.42),
        new("a12", "县税务局", "执法部门", 0.75),
    ];

    public static readonly RaterProfile[] Groups =
    [
        new("service", "服务对象", "Service users", 0.4m, Share: 0.50, KnowsAgency: 0.35, Leniency: 0.00),
        new("public", "群众代表", "Public representatives", 0.3m, Share: 0.35, KnowsAgency: 0.60, Leniency: -0.05),
        new("deputies", "人大代表政协委员", "Deputies and CPPCC members", 0.3m, Share: 0.15, KnowsAgency: 0.90, Leniency: 0.08),
    ];

    public static IReadOnlyList<Subject> Subjects() =>
        [.. Agencies.Select(a => new Subject(a.Id, a.Name, a.UnitClass, new Dictionary<string, string>()))];

    public static IReadOnlyList<CampaignRaterGroup> RaterGroups() =>
        [.. Groups.Select(g => new CampaignRaterGroup(
            new RaterGroup(g.Key, new LocalizedText(g.NameZhCn, g.NameEn), g.Weight, new Dictionary<string, decimal>()), PlannedSize: null))];
}

using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// 人民满意机关 (DOMAIN §3): several rater groups (服务对象, 群众代表, 人大代表/政协委员, 机关互评) rate each agency on
/// the recurring core indicators; ballots go out by stratified random sampling per group.
/// </summary>
internal sealed class PeopleSatisfiedAgencyType : IAppraisalType
{
    public string Key => "people-satisfied-agency";

    public LocalizedText Name { get; } = new("人民满意机关", "People-satisfied agencies");

    public LocalizedText Description { get; } = new(
        "多个评议群体按权重评议各机关的服务态度、办事效率、依法行政、廉洁自律、政务公开和作风建设，按单位类别排名。",
        "Weighted rater groups rate each agency on six indicators; agencies are ranked within their class.");

    public IReadOnlyList<QuestionnaireTemplate> Templates { get; } = new[] { AgencyTemplate.CoreIndicators };

    public DistributionPlan Distribution { get; } = new(DistributionStrategies.StratifiedSample,
        new Dictionary<string, string> { ["allocation"] = "proportional" });

    public IBallotRules Rules { get; } = new AgencyRules();

    public IAggregator Aggregator { get; } = new AgencyScoreAggregator();

    public SchemaExtension? SchemaExtension => null;
}

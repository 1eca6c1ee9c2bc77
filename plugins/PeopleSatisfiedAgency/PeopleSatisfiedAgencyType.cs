using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// 人民满意机关 (DOMAIN §3): rater groups (服务对象, 群众代表, 人大代表/政协委员, 机关互评, …, campaign data with
/// weights by unit class) rate each agency on the recurring core indicators; ballots go out by stratified random
/// sampling per group. The plugin's settings (<c>plugin.json</c>) are the defaults of local practice; a campaign's
/// settings override them.
/// </summary>
internal sealed class PeopleSatisfiedAgencyType(PluginContext context) : IAppraisalType
{
    public string Key => "people-satisfied-agency";

    public LocalizedText Name { get; } = new("人民满意机关", "People-satisfied agencies");

    public LocalizedText Description { get; } = new(
        "多个评议群体按权重评议各机关的服务态度、办事效率、依法行政、廉洁自律、政务公开和作风建设，按单位类别排名、评定等次。",
        "Weighted rater groups rate each agency on six indicators; agencies are ranked within their class and placed in tiers.");

    public IReadOnlyList<QuestionnaireTemplate> Templates { get; } = AgencyTemplates.Create(context.Settings);

    public DistributionPlan Distribution { get; } = new(DistributionStrategies.StratifiedSample,
        new Dictionary<string, string> { ["allocation"] = "proportional" });

    public IBallotRules Rules { get; } = new AgencyRules(context.Settings);

    public IAggregator Aggregator { get; } = new AgencyScoreAggregator(context.Settings);

    public SchemaExtension? SchemaExtension => AgencySchema.Extension;
}

using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.Satisfaction;

/// <summary>
/// 满意度测评 (DOMAIN §2): a public link or QR code, the 好差评 five levels mapped to 100/80/60/30/0, with
/// 满意率 (a share) and 测评得分 (a mapped score) kept as separate measures.
/// </summary>
internal sealed class SatisfactionType : IAppraisalType
{
    public string Key => "satisfaction";

    public LocalizedText Name { get; } = new("满意度测评", "Satisfaction survey");

    public LocalizedText Description { get; } = new(
        "群众通过链接或二维码评价服务，按“好差评”五级评价，分别统计满意率和测评得分。",
        "Citizens rate a service through a link or QR code on the five-level scale; satisfaction rate and score are reported separately.");

    public IReadOnlyList<QuestionnaireTemplate> Templates { get; } = new[] { SatisfactionTemplate.GovernmentService };

    public DistributionPlan Distribution { get; } = DistributionPlan.Of(DistributionStrategies.PublicLink);

    public IBallotRules Rules { get; } = new NoAdditionalRules();

    public IAggregator Aggregator { get; } = new SatisfactionAggregator();

    public SchemaExtension? SchemaExtension => null;
}

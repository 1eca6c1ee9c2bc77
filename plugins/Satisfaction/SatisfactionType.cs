using Appraisal.Plugins.Satisfaction.Reports;
using Appraisal.Plugins.Satisfaction.Rules;
using Appraisal.Plugins.Satisfaction.Templates;
using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.Satisfaction;

/// <summary>
/// 满意度测评 (DOMAIN §2): a public link or QR code, the 好差评 five levels mapped to 100/80/60/30/0 by default,
/// with 满意率 (a share) and 测评得分 (a mapped score) kept as separate measures and each 差评 listed with its reason.
/// </summary>
/// <param name="pluginDefaults">plugin.json's settings: the site's defaults under each campaign's own.</param>
internal sealed class SatisfactionType(IReadOnlyDictionary<string, string> pluginDefaults) : IAppraisalType
{
    public string Key => "satisfaction";

    public LocalizedText Name { get; } = new("满意度测评", "Satisfaction survey");

    public LocalizedText Description { get; } = new(
        "群众通过链接或二维码评价服务，默认按“好差评”五级评价，分别统计满意率和测评得分，差评连同原因列出以便整改。",
        "Citizens rate a service through a link or QR code, by default on the national five levels; satisfaction rate and score are reported separately and each 差评 is listed with its reason for follow-up.");

    public IReadOnlyList<QuestionnaireTemplate> Templates => SatisfactionTemplates.All;

    public DistributionPlan Distribution { get; } = DistributionPlan.Of(DistributionStrategies.PublicLink);

    public IBallotRules Rules { get; } = new SatisfactionBallotRules(pluginDefaults);

    public IAggregator Aggregator { get; } = new SatisfactionAggregator(pluginDefaults);

    public SchemaExtension? SchemaExtension { get; } = SatisfactionSchema.Create();
}

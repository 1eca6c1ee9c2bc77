using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;
using Appraisal.PluginApi.Distribution;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// 民主评议党员 (DOMAIN §1): one unsigned ballot grades every member of the branch and rates the branch
/// committee. Small branches give every member one code (一人一票); a large branch may set
/// <c>subjectsPerRater</c> so each rater grades a balanced random share of the members.
/// </summary>
internal sealed class DemocraticReviewType(PluginContext context) : IAppraisalType
{
    public string Key => "democratic-review";

    public LocalizedText Name { get; } = new("民主评议党员", "Democratic appraisal of Party members");

    public LocalizedText Description { get; } = new(
        "党员无记名测评每名正式党员的等次（优秀、合格、基本合格、不合格），预备党员参加评议但不定等次；同一张票评议党支部委员会。",
        "Members grade each full member (excellent, qualified, basically qualified, unqualified) on an unsigned ballot; probationary members rate but are not graded; the same ballot rates the branch committee.");

    public IReadOnlyList<QuestionnaireTemplate> Templates => DemocraticReviewTemplate.All;

    public DistributionPlan Distribution { get; } = CreateDistribution(context);

    public IBallotRules Rules { get; } = new DemocraticReviewRules();

    public IAggregator Aggregator { get; } = new DemocraticReviewAggregator(context.Settings);

    public SchemaExtension? SchemaExtension => DemocraticReviewSchema.Extension;

    private static DistributionPlan CreateDistribution(PluginContext context)
    {
        var perRater = context.Setting("subjectsPerRater", "0");
        return perRater == "0"
            ? DistributionPlan.Of(DistributionStrategies.OnePerRater)
            : new DistributionPlan(DistributionStrategies.BalancedPeer,
                new Dictionary<string, string> { ["subjectsPerRater"] = perRater });
    }
}

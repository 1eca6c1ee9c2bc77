using Appraisal.Plugins.Satisfaction.Aggregation;
using Appraisal.Plugins.Satisfaction.Settings;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.Satisfaction;

/// <summary>
/// 满意度测评 tally (DOMAIN §2): per item, per subject and overall, 满意率 and 测评得分 as separate measures with
/// 不了解 left out of every denominator, the weighted overall score, distributions, grouped comments, and each
/// 差评 with its reason. The typed result is the report's Details; the tables are read from it. The 差评 are also the
/// report's follow-up items, due within <c>complaints.deadline-working-days</c> working days (contract 1.1).
/// </summary>
/// <param name="pluginDefaults">The <c>settings</c> of plugin.json, which campaign settings override.</param>
internal sealed class SatisfactionAggregator(IReadOnlyDictionary<string, string> pluginDefaults) : IAggregator
{
    public AppraisalReport Aggregate(AggregationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = SatisfactionSettings.Read(pluginDefaults, input.Settings);
        var plan = TallyPlan.Of(input.Questionnaire, settings);
        var tally = new BallotTally(plan.Choices, plan.TextItems, plan.Reasons);
        tally.Count(input.Ballots ?? [], cancellationToken);
        var details = new DetailsBuilder(input, settings, plan, tally).Build();
        return new AppraisalReport(details.BallotCount, ReportTables.From(details), details)
        {
            FollowUps = FollowUpList.From(details.Complaints, plan),
            FollowUpDeadlineWorkingDays = settings.DeadlineWorkingDays,
        };
    }
}

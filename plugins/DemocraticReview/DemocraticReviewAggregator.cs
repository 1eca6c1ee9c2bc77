using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// 计票 for 民主评议党员 (DOMAIN §1.9 items 4–6): per member and per rater group the count and share of each grade,
/// flags from the campaign's thresholds, the 1/3 cap on the 优秀 candidates, the committee's rating, 反向情形 and
/// 存在问题, feedback rows and the rules applied. Small cells are suppressed in the tables and the typed tree alike.
/// </summary>
/// <param name="manifestSettings">The manifest's settings: defaults a campaign's own settings override.</param>
internal sealed class DemocraticReviewAggregator(IReadOnlyDictionary<string, string> manifestSettings) : IAggregator
{
    public AppraisalReport Aggregate(AggregationInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var settings = ReviewSettings.Read(input.Settings, manifestSettings);
        var tally = new TallyBuilder(input, settings);
        var details = tally.Build(cancellationToken);
        return new AppraisalReport(details.BallotCount, ReportTableWriter.Write(details, tally, settings), details);
    }
}

using Appraisal.PluginApi;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// Per member: how many ballots gave each grade (DOMAIN §1.9 item 4). Members with fewer graded ballots than
/// the minimum cell size are shown without counts, so a small group's votes cannot be read off the table.
/// </summary>
internal sealed class GradeDistributionAggregator : IAggregator
{
    public AppraisalReport Aggregate(AggregationInput input, CancellationToken cancellationToken)
    {
        var scale = input.Questionnaire.FindScale(DemocraticReviewTemplate.GradeScale)
            ?? throw new InvalidOperationException("The questionnaire has no grade scale.");
        var tally = new OptionTally(input.Ballots);

        var columns = new List<LocalizedText> { new("党员", "Member"), new("有效票", "Graded ballots") };
        columns.AddRange(scale.Options.Select(o => o.Label));

        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var member in input.Subjects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var graded = tally.Answered(null, DemocraticReviewTemplate.GradeItem, member.Id);
            var row = new List<ReportCell> { ReportCell.Of(member.Name), ReportCell.Of(graded) };
            row.AddRange(scale.Options.Select(o => graded < input.MinimumCellSize
                ? ReportCell.Hidden
                : ReportCell.Of(tally.Count(null, DemocraticReviewTemplate.GradeItem, member.Id, o.Key))));
            rows.Add(row);
        }

        var table = new ReportTable("grades", new LocalizedText("民主测评等次统计", "Grades per member"), columns, rows);
        return new AppraisalReport(input.Ballots.Count, new[] { table });
    }
}

using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// Per agency: the mean mapped score over all indicators and valid answers (不了解 left out), the first step
/// of the weighted composite of DOMAIN §3.4. Agencies with fewer valid answers than the minimum cell size are
/// suppressed.
/// </summary>
internal sealed class AgencyScoreAggregator : IAggregator
{
    public AppraisalReport Aggregate(AggregationInput input, CancellationToken cancellationToken)
    {
        var tally = new OptionTally(input.Ballots);
        var indicators = input.Questionnaire.Items.Where(i => i.Kind == ItemKind.Choice).ToArray();
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var agency in input.Subjects)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var answers = 0;
            var points = 0m;
            foreach (var item in indicators)
            {
                foreach (var option in input.Questionnaire.FindScale(item.ScaleKey)?.Options ?? Array.Empty<ScaleOption>())
                {
                    if (option.IsAbstain || option.Value is not { } value)
                    {
                        continue;
                    }

                    var count = tally.Count(null, item.Key, agency.Id, option.Key);
                    answers += count;
                    points += value * count;
                }
            }

            rows.Add(new[]
            {
                ReportCell.Of(agency.Name),
                ReportCell.Of(agency.UnitClass ?? ""),
                answers < input.MinimumCellSize ? ReportCell.Hidden : ReportCell.Of(Math.Round(points / answers, 2)),
            });
        }

        var columns = new[]
        {
            new LocalizedText("单位", "Agency"), new LocalizedText("类别", "Class"), new LocalizedText("平均得分", "Mean score"),
        };
        return new AppraisalReport(input.Ballots.Count,
            new[] { new ReportTable("agencies", new LocalizedText("各单位得分", "Score per agency"), columns, rows) });
    }
}

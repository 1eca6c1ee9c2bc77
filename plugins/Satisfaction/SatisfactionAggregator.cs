using Appraisal.PluginApi;
using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.Satisfaction;

/// <summary>
/// Per item: valid answers, 满意率 = satisfied options ÷ valid answers, and 测评得分 = mean mapped value, both with
/// 不了解 left out of the denominator (DOMAIN §2.2–2.3). Items with fewer valid answers than the minimum cell
/// size are suppressed.
/// </summary>
internal sealed class SatisfactionAggregator : IAggregator
{
    public AppraisalReport Aggregate(AggregationInput input, CancellationToken cancellationToken)
    {
        var tally = new OptionTally(input.Ballots);
        var rows = new List<IReadOnlyList<ReportCell>>();
        foreach (var item in input.Questionnaire.Items.Where(i => i.Kind == ItemKind.Choice))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scale = input.Questionnaire.FindScale(item.ScaleKey);
            if (scale is null)
            {
                continue;
            }

            var valid = scale.Options.Where(o => !o.IsAbstain).ToArray();
            var validCount = valid.Sum(o => tally.Count(null, item.Key, null, o.Key));
            if (validCount < input.MinimumCellSize)
            {
                rows.Add(new[] { ReportCell.Of(item.Text.ZhCn), ReportCell.Of(validCount), ReportCell.Hidden, ReportCell.Hidden });
                continue;
            }

            var satisfied = valid.Where(o => o.CountsAsSatisfied).Sum(o => tally.Count(null, item.Key, null, o.Key));
            var points = valid.Sum(o => (o.Value ?? 0m) * tally.Count(null, item.Key, null, o.Key));
            rows.Add(new[]
            {
                ReportCell.Of(item.Text.ZhCn),
                ReportCell.Of(validCount),
                ReportCell.Of(Math.Round(100m * satisfied / validCount, 2)),
                ReportCell.Of(Math.Round(points / validCount, 2)),
            });
        }

        var columns = new[]
        {
            new LocalizedText("指标", "Item"), new LocalizedText("有效评价", "Valid answers"),
            new LocalizedText("满意率(%)", "Satisfaction rate (%)"), new LocalizedText("测评得分", "Score"),
        };
        var table = new ReportTable("items", new LocalizedText("各指标满意率与得分", "Satisfaction per item"), columns, rows);
        return new AppraisalReport(input.Ballots.Count, new[] { table });
    }
}

using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// One pass over the sheets. A sheet is not a whole ballot: a ballot bound to subjects arrives as one sheet per
/// agency (docs/campaigns.md), an unbound one as a single sheet for every agency it rated. Either way one sheet
/// holds at most one rater's answers about a given agency, so grouping a sheet's answers by agency yields exactly
/// one per-rater score per agency, and counting those sheets counts raters.
/// </summary>
internal static class SheetTally
{
    public static Dictionary<(string Agency, string Group), GroupCell> Count(
        AggregationInput input, IReadOnlyList<ScoredItem> items, CancellationToken cancellationToken)
    {
        var byKey = items.ToDictionary(i => i.Item.Key, StringComparer.Ordinal);
        var agencies = input.Subjects.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var cells = new Dictionary<(string, string), GroupCell>();
        var sheet = new Dictionary<string, (decimal Points, decimal Weight)>(StringComparer.Ordinal);
        for (var b = 0; b < input.Ballots.Count; b++)
        {
            if ((b & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var ballot = input.Ballots[b];
            sheet.Clear();
            foreach (var answer in ballot.Answers)
            {
                if (answer.SubjectId is not { } agency || !agencies.Contains(agency) || answer.OptionKeys.Count != 1
                    || !byKey.TryGetValue(answer.ItemKey, out var item) || !item.Points.TryGetValue(answer.OptionKeys[0], out var points))
                {
                    continue;
                }

                var cell = CellOf(cells, agency, ballot.RaterGroup, items.Count);
                cell.IndicatorPoints[item.Index] += points;
                cell.IndicatorAnswers[item.Index]++;
                var weight = item.Item.Weight;
                var sum = sheet.GetValueOrDefault(agency);
                sheet[agency] = (sum.Points + (weight * points), sum.Weight + weight);
            }

            foreach (var (agency, sum) in sheet)
            {
                cells[(agency, ballot.RaterGroup)].Sheets.Add(sum);
            }
        }

        return cells;
    }

    private static GroupCell CellOf(Dictionary<(string, string), GroupCell> cells, string agency, string group, int items)
    {
        if (!cells.TryGetValue((agency, group), out var cell))
        {
            cell = new GroupCell(items);
            cells[(agency, group)] = cell;
        }

        return cell;
    }
}

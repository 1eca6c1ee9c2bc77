using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// The cells of the tally from the box's counts, never from its ballots: the sheet scores
/// (<see cref="AggregationInput.Scores"/>) give each cell its raters and their per-sheet scores, the option counts
/// (<see cref="AggregationInput.Options"/>) its sums per indicator. A sheet is not a whole ballot: a ballot bound to
/// subjects arrives as one sheet per agency (docs/campaigns.md), an unbound one as a single sheet for every agency it
/// rated; either way one sheet holds at most one rater's answers about a given agency, so counting the sheets that
/// scored an agency counts its raters. <see cref="ScoredItem"/> and <see cref="SheetScores"/> agree on what scores.
/// </summary>
internal static class SheetTally
{
    public static Dictionary<(string Agency, string Group), GroupCell> Count(
        AggregationInput input, IReadOnlyList<ScoredItem> items, CancellationToken cancellationToken)
    {
        var agencies = input.Subjects.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var cells = new Dictionary<(string, string), GroupCell>();
        foreach (var score in input.Scores.Scores)
        {
            if (!agencies.Contains(score.SubjectId))
            {
                continue;
            }

            if (!cells.TryGetValue((score.SubjectId, score.RaterGroup), out var cell))
            {
                cell = new GroupCell(items.Count);
                cells[(score.SubjectId, score.RaterGroup)] = cell;
            }

            cell.AddSheets(score.Points, score.Weight, score.Sheets);
        }

        var options = input.Options;
        foreach (var ((agency, group), cell) in cells)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var item in items)
            {
                foreach (var (option, points) in item.Points)
                {
                    var chosen = options.Count(group, item.Item.Key, agency, option);
                    cell.IndicatorPoints[item.Index] += points * chosen;
                    cell.IndicatorAnswers[item.Index] += chosen;
                }
            }
        }

        return cells;
    }
}

using Appraisal.PluginApi.Questionnaires;
using Appraisal.PluginApi.Reports;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// The answers to one choice item in one cell (a group, or several groups combined), in scale order. Shares are
/// exact percents: flags compare them before any rounding for display.
/// </summary>
internal sealed class CellTally
{
    private CellTally(int[] counts, int valid, int answered, decimal?[] shares)
    {
        Counts = counts;
        Valid = valid;
        Answered = answered;
        Shares = shares;
    }

    public int[] Counts { get; }

    /// <summary>Answers with an option that is not an abstention: the denominator of every share.</summary>
    public int Valid { get; }

    /// <summary>Answers with any option, abstentions included.</summary>
    public int Answered { get; }

    /// <summary>Percent of <see cref="Valid"/>; null for abstentions and when nothing is valid.</summary>
    public decimal?[] Shares { get; }

    public static CellTally Of(OptionTally tally, string group, string item, string? subject, Scale scale)
    {
        var options = scale.Options;
        var counts = new int[options.Count];
        var valid = 0;
        for (var i = 0; i < options.Count; i++)
        {
            counts[i] = tally.Count(group, item, subject, options[i].Key);
            valid += options[i].IsAbstain ? 0 : counts[i];
        }

        var shares = options.Select((o, i) => o.IsAbstain || valid == 0 ? null : (decimal?)(counts[i] * 100m / valid)).ToArray();
        return new CellTally(counts, valid, tally.Answered(group, item, subject), shares);
    }

    /// <summary>
    /// Several groups' cells combined: counts add up; each share is the weighted mean of the groups' shares
    /// (groups without a valid answer left out), so a weight is the group's part in the result whatever its
    /// size (DOMAIN §1.6: "a configured weight if a locality wants a combined score"). With one weighted group
    /// it is simply that group's share.
    /// </summary>
    public static CellTally Combine(IReadOnlyList<(CellTally Cell, decimal Weight)> parts, int optionCount)
    {
        var counts = new int[optionCount];
        var shares = new decimal?[optionCount];
        var weightSum = parts.Where(p => p.Cell.Valid > 0).Sum(p => p.Weight);
        for (var i = 0; i < optionCount; i++)
        {
            counts[i] = parts.Sum(p => p.Cell.Counts[i]);
            if (weightSum > 0m && parts.Any(p => p.Cell.Shares[i] is not null))
            {
                shares[i] = parts.Where(p => p.Cell.Valid > 0).Sum(p => p.Weight * (p.Cell.Shares[i] ?? 0m)) / weightSum;
            }
        }

        return new CellTally(counts, parts.Sum(p => p.Cell.Valid), parts.Sum(p => p.Cell.Answered), shares);
    }

    /// <summary>
    /// Which group cells to hide. A cell with fewer valid ballots than <paramref name="minimum"/> is hidden; and
    /// when exactly one combined group is hidden while the total is shown, the smallest other combined group is
    /// hidden too, or the hidden one would be the total minus the rest.
    /// </summary>
    public static bool[] Suppress(IReadOnlyList<CellTally> cells, IReadOnlyList<bool> combined, bool totalShown, int minimum)
    {
        var hidden = cells.Select(c => c.Valid < minimum).ToArray();
        var inTotal = Enumerable.Range(0, cells.Count).Where(i => combined[i] && cells[i].Answered > 0).ToArray();
        if (totalShown && inTotal.Count(i => hidden[i]) == 1)
        {
            var partner = inTotal.Where(i => !hidden[i]).OrderBy(i => cells[i].Answered).ThenBy(i => i).DefaultIfEmpty(-1).First();
            if (partner >= 0)
            {
                hidden[partner] = true;
            }
        }

        return hidden;
    }
}

using Appraisal.Plugins.Satisfaction.Settings;

namespace Appraisal.Plugins.Satisfaction.Aggregation;

/// <summary>
/// The measures of one cell (an item, for one subject or all), unrounded.
/// 满意率 = satisfied ÷ valid × 100 and 测评得分 = Σ value × count ÷ scored: a share and a mean on the mapping, never
/// one standing in for the other (§2.2 a; the 开县 mapping that put 不满意 at 50 turned 100 % 不满意 into a "满意率"
/// of 50 %, S69). Valid answers leave 不了解 / 弃权 out unless the campaign says otherwise (§2.2 c).
/// </summary>
/// <param name="Counts">Answers per option, in scale order.</param>
/// <param name="Answered">Answers including 不了解 / 弃权.</param>
/// <param name="Abstained">不了解 / 弃权 answers.</param>
/// <param name="Valid">The denominator of 满意率.</param>
/// <param name="Satisfied">Answers counted as satisfied.</param>
/// <param name="Scored">Valid answers whose option has a value: the denominator of the score.</param>
/// <param name="Rate">满意率 in percent; null without valid answers.</param>
/// <param name="Score">测评得分; null without scored answers.</param>
/// <param name="Suppressed">Fewer valid answers than the minimum cell size.</param>
internal sealed record CellStats(
    int[] Counts,
    int Answered,
    int Abstained,
    int Valid,
    int Satisfied,
    int Scored,
    decimal? Rate,
    decimal? Score,
    bool Suppressed)
{
    public static CellStats Of(ResolvedScale scale, int[] counts, bool abstainExcluded, int minimumCellSize)
    {
        int answered = 0, abstained = 0, satisfied = 0, scored = 0;
        var points = 0m;
        for (var i = 0; i < counts.Length; i++)
        {
            var option = scale.Options[i];
            var count = counts[i];
            answered += count;
            if (option.Abstain)
            {
                abstained += count;
                if (abstainExcluded)
                {
                    continue;
                }
            }

            satisfied += option.Satisfied ? count : 0;
            // An abstention counted as valid scores nothing unless mapped (S40: 不了解 "scores nothing").
            var value = option.Abstain ? option.Value ?? 0m : option.Value;
            if (value is { } v)
            {
                points += v * count;
                scored += count;
            }
        }

        var valid = abstainExcluded ? answered - abstained : answered;
        return new CellStats(
            counts,
            answered,
            abstained,
            valid,
            satisfied,
            scored,
            valid > 0 ? 100m * satisfied / valid : null,
            scored > 0 ? points / scored : null,
            valid < minimumCellSize);
    }

    /// <summary>Whether the cell enters a combined result: shown, with valid and scored answers.</summary>
    public bool Combinable => !Suppressed && Valid > 0 && Score is not null;
}

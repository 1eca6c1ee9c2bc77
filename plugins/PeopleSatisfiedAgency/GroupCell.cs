namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// What one rater group said about one agency: each distinct per-sheet score (weighted points and weights) with how
/// many sheets gave it, which is all a trimmed mean needs, and the sums per indicator.
/// </summary>
internal sealed class GroupCell(int indicators)
{
    private readonly List<(decimal Points, decimal Weight, int Sheets)> _scores = [];

    /// <summary>Sheets with at least one scored answer about the agency: the raters the score rests on.</summary>
    public int SheetCount { get; private set; }

    public decimal[] IndicatorPoints { get; } = new decimal[indicators];

    public int[] IndicatorAnswers { get; } = new int[indicators];

    /// <summary>Adds <paramref name="sheets"/> sheets whose scored answers about the agency sum to these points and weights.</summary>
    public void AddSheets(decimal points, decimal weight, int sheets)
    {
        _scores.Add((points, weight, sheets));
        SheetCount += sheets;
    }

    /// <summary>
    /// The mapped mean over every valid answer, each weighted by its indicator; or, when <paramref name="drop"/> &gt; 0,
    /// the mean of the per-sheet scores after leaving out the <paramref name="drop"/> highest and lowest
    /// (去掉最高分、最低分: each remaining rater counts once, and equal scores make the order irrelevant).
    /// </summary>
    public decimal Score(int drop)
    {
        if (drop == 0)
        {
            return _scores.Sum(s => s.Points * s.Sheets) / _scores.Sum(s => s.Weight * s.Sheets);
        }

        var ordered = _scores.Select(s => (Score: s.Points / s.Weight, s.Sheets)).OrderBy(s => s.Score).ToArray();
        var low = drop;
        var (sum, kept) = (0m, 0);
        foreach (var (score, sheets) in ordered)
        {
            // The lowest sheets go first, and the highest are what is left over once the kept ones are taken.
            var droppedLow = Math.Min(low, sheets);
            low -= droppedLow;
            var keep = Math.Min(sheets - droppedLow, SheetCount - (2 * drop) - kept);
            sum += score * keep;
            kept += keep;
        }

        return sum / kept;
    }
}

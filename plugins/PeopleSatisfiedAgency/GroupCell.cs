namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// What one rater group said about one agency: each sheet's weighted points and weights (the per-ballot scores
/// a trimmed mean needs) and the sums per indicator.
/// </summary>
internal sealed class GroupCell(int indicators)
{
    public List<(decimal Points, decimal Weight)> Sheets { get; } = [];

    public decimal[] IndicatorPoints { get; } = new decimal[indicators];

    public int[] IndicatorAnswers { get; } = new int[indicators];

    /// <summary>
    /// The mapped mean over every valid answer, each weighted by its indicator; or, when <paramref name="drop"/> &gt; 0,
    /// the mean of the per-sheet scores after leaving out the <paramref name="drop"/> highest and lowest
    /// (去掉最高分、最低分: each remaining rater counts once, and equal scores make the order irrelevant).
    /// </summary>
    public decimal Score(int drop)
    {
        if (drop == 0)
        {
            return Sheets.Sum(s => s.Points) / Sheets.Sum(s => s.Weight);
        }

        var kept = Sheets.Select(s => s.Points / s.Weight).Order().Skip(drop).SkipLast(drop).ToArray();
        return kept.Sum() / kept.Length;
    }
}

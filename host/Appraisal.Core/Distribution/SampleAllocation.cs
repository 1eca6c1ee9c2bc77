namespace Appraisal.Core.Distribution;

/// <summary>
/// How many people a stratified sample takes from each stratum: proportional to stratum size (Hangzhou's stratified
/// sampling, sampling by 行业比例) or a fixed quota per stratum (安康's 30 % / 15 % / 55 % turned into counts).
/// </summary>
public sealed class SampleAllocation
{
    private SampleAllocation(int? total, IReadOnlyDictionary<string, int>? fixedCounts)
    {
        Total = total;
        FixedCounts = fixedCounts;
    }

    /// <summary>The sample size for a proportional allocation; null for a fixed one.</summary>
    public int? Total { get; }

    /// <summary>The count per stratum for a fixed allocation; null for a proportional one.</summary>
    public IReadOnlyDictionary<string, int>? FixedCounts { get; }

    /// <summary><paramref name="total"/> people split across strata by the largest remainder method.</summary>
    public static SampleAllocation Proportional(int total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        return new SampleAllocation(total, null);
    }

    /// <summary>Exactly the given count from each named stratum; strata not named contribute nobody.</summary>
    public static SampleAllocation Fixed(IReadOnlyDictionary<string, int> countsByStratum)
    {
        ArgumentNullException.ThrowIfNull(countsByStratum);
        foreach (var (stratum, count) in countsByStratum)
        {
            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(countsByStratum), $"Stratum '{stratum}' has a negative count ({count}).");
            }
        }
        return new SampleAllocation(null, new Dictionary<string, int>(countsByStratum, StringComparer.Ordinal));
    }
}

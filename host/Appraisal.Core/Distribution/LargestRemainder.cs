namespace Appraisal.Core.Distribution;

/// <summary>
/// Proportional allocation by the largest remainder (Hamilton) method: the rounding that keeps every stratum within one
/// of its exact share while the parts still add up to the sample size.
/// </summary>
public static class LargestRemainder
{
    /// <summary>
    /// Each stratum first gets <c>floor(total · size / N)</c>, N being the roster size; the people still unallocated go
    /// one each to the strata with the largest remainders <c>(total · size) mod N</c>; equal remainders go to the larger
    /// stratum first, then to the ordinally smaller stratum key. Exact integer arithmetic, so any re-implementation agrees.
    /// </summary>
    /// <exception cref="DrawInfeasibleException">The total exceeds the roster.</exception>
    public static IReadOnlyDictionary<string, int> Allocate(IReadOnlyDictionary<string, int> sizes, int total)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        long population = sizes.Values.Sum(size => (long)size);
        if (total > population)
        {
            throw new DrawInfeasibleException($"A sample of {total} cannot be drawn from a roster of {population}.");
        }

        var allocation = new Dictionary<string, int>(StringComparer.Ordinal);
        var remainders = new List<(string Stratum, long Remainder, int Size)>();
        var allocated = 0;
        foreach (var (stratum, size) in sizes)
        {
            var share = (long)total * size;
            var floor = population == 0 ? 0 : (int)(share / population);
            allocation[stratum] = floor;
            allocated += floor;
            remainders.Add((stratum, population == 0 ? 0 : share % population, size));
        }

        var order = remainders
            .OrderByDescending(r => r.Remainder)
            .ThenByDescending(r => r.Size)
            .ThenBy(r => r.Stratum, StringComparer.Ordinal);
        foreach (var (stratum, _, _) in order.Take(total - allocated))
        {
            allocation[stratum]++;
        }
        return allocation;
    }
}

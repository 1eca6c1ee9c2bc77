using Appraisal.PluginApi.Distribution;

namespace Appraisal.Core.Distribution;

/// <summary>
/// Stratified random sampling of a roster without replacement, as statistical bureaus and 纠风办 draw service recipients:
/// every stratum is represented by its allocation, and within a stratum everyone is equally likely to be drawn.
/// </summary>
public static class StratifiedSample
{
    /// <summary>
    /// Allocates per stratum (see <see cref="LargestRemainder"/> for proportional), then, for each stratum in ordinal key
    /// order, sorts its members by id (ordinal), shuffles them with the <c>"stratified-sample"</c> stream of the seed and
    /// takes the first allocated count. Sorting first means only the roster's content matters, never its order.
    /// </summary>
    /// <exception cref="ArgumentException">A duplicate id on the roster.</exception>
    /// <exception cref="DrawInfeasibleException">The sample is larger than the roster, or a fixed allocation asks a stratum
    /// for more people than it has (or names a stratum the roster lacks).</exception>
    public static StratifiedSampleResult Draw(DrawSeed seed, IReadOnlyList<RosterEntry> roster, SampleAllocation allocation)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(roster);
        ArgumentNullException.ThrowIfNull(allocation);

        var strata = GroupByStratum(roster);
        var sizes = strata.ToDictionary(s => s.Key, s => s.Value.Count, StringComparer.Ordinal);
        var counts = allocation.Total is { } total
            ? LargestRemainder.Allocate(sizes, total)
            : CheckFixed(allocation.FixedCounts!, sizes);

        var random = seed.RandomFor(DistributionStrategies.StratifiedSample);
        var selected = new List<RosterEntry>();
        foreach (var (stratum, members) in strata)
        {
            var count = counts.GetValueOrDefault(stratum);
            members.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            random.Shuffle(members);
            selected.AddRange(members.Take(count));
        }
        return new StratifiedSampleResult(sizes.ToDictionary(s => s.Key, s => counts.GetValueOrDefault(s.Key), StringComparer.Ordinal), selected);
    }

    private static SortedDictionary<string, List<RosterEntry>> GroupByStratum(IReadOnlyList<RosterEntry> roster)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var strata = new SortedDictionary<string, List<RosterEntry>>(StringComparer.Ordinal);
        foreach (var entry in roster)
        {
            if (!ids.Add(entry.Id))
            {
                throw new ArgumentException($"'{entry.Id}' appears twice on the roster.", nameof(roster));
            }
            if (!strata.TryGetValue(entry.Stratum, out var members))
            {
                strata[entry.Stratum] = members = [];
            }
            members.Add(entry);
        }
        return strata;
    }

    private static IReadOnlyDictionary<string, int> CheckFixed(IReadOnlyDictionary<string, int> counts, Dictionary<string, int> sizes)
    {
        foreach (var (stratum, count) in counts)
        {
            var size = sizes.GetValueOrDefault(stratum);
            if (count > size)
            {
                throw new DrawInfeasibleException(
                    $"Stratum '{stratum}' has {size} people on the roster but the fixed allocation asks for {count}.");
            }
        }
        return counts;
    }
}

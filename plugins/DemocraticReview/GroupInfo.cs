using Appraisal.PluginApi;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>A rater group as the tally sees it; a group that cast sheets but is missing from the campaign's list counts with weight 1.</summary>
internal sealed record GroupInfo(string Key, LocalizedText Name, RaterGroup? Group)
{
    /// <summary>The group's weight for a subject of this unit class; null or 0 leaves it out of the combined total.</summary>
    public decimal? WeightFor(string? unitClass) => Group is null ? 1m : Group.WeightFor(unitClass);

    /// <summary>The campaign's groups in their order, then any other group that cast sheets, by key.</summary>
    public static IReadOnlyList<GroupInfo> Of(IReadOnlyList<RaterGroup> groups, IReadOnlyList<AnonymousBallot> ballots)
    {
        var result = new List<GroupInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            if (group?.Key is { } key && seen.Add(key))
            {
                result.Add(new GroupInfo(key, group.Name ?? LocalizedText.Same(key), group));
            }
        }

        var others = ballots.Select(b => b.RaterGroup).Where(k => k is not null && !seen.Contains(k)).Distinct(StringComparer.Ordinal);
        result.AddRange(others.Order(StringComparer.Ordinal).Select(k => new GroupInfo(k, LocalizedText.Same(k), null)));
        return result;
    }

    /// <summary>
    /// The weights of the combined total for a unit class, one per group (null: not combined). DOMAIN §1.6 keeps
    /// 群众 advisory by default, so only weighted groups combine; when no group has a weight there is nothing to
    /// weigh, and every group counts equally rather than leaving the total empty.
    /// </summary>
    public static decimal?[] CombinedWeights(IReadOnlyList<GroupInfo> groups, string? unitClass, out bool pooledFallback)
    {
        var weights = groups.Select(g => g.WeightFor(unitClass) is > 0m and var w ? w : (decimal?)null).ToArray();
        pooledFallback = groups.Count > 0 && weights.All(w => w is null);
        return pooledFallback ? [.. groups.Select(_ => (decimal?)1m)] : weights;
    }
}

namespace Appraisal.PluginApi.Ballots;

/// <summary>A group of raters whose ballots are tallied together (党员, 群众, 服务对象, 人大代表/政协委员, …).</summary>
/// <param name="Key">Stable key stored with each ballot.</param>
/// <param name="Name">Display name.</param>
/// <param name="Weight">Weight in a combined score; null when the group is advisory and not combined.</param>
/// <param name="WeightsByUnitClass">Weights that differ by the subject's unit class; they override <paramref name="Weight"/>.</param>
public sealed record RaterGroup(
    string Key,
    LocalizedText Name,
    decimal? Weight,
    IReadOnlyDictionary<string, decimal> WeightsByUnitClass)
{
    /// <summary>True when the group's ballots are reported but not combined into a score.</summary>
    public bool IsAdvisory => Weight is null && WeightsByUnitClass.Count == 0;

    /// <summary>The weight of this group for a subject of the given unit class, or null when advisory.</summary>
    public decimal? WeightFor(string? unitClass) =>
        unitClass is not null && WeightsByUnitClass.TryGetValue(unitClass, out var w) ? w : Weight;
}

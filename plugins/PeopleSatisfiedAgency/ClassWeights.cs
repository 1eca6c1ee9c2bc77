namespace Appraisal.Plugins.PeopleSatisfiedAgency;

/// <summary>
/// The weight of a nesting node (setting <c>weight.&lt;prefix&gt;</c>), written <c>0.6</c> or
/// <c>0.6; 党群部门=0.5; 政府部门=0.7</c>: a bare number for every class, <c>class=number</c> for one class.
/// Unit classes are Chinese names, which setting keys cannot hold, hence classes live in the value.
/// </summary>
internal sealed record ClassWeights(decimal? Default, IReadOnlyDictionary<string, decimal> ByClass)
{
    /// <summary>The weight for a unit class, or null when the setting names neither the class nor a default.</summary>
    public decimal? For(string? unitClass) =>
        unitClass is not null && ByClass.TryGetValue(unitClass, out var weight) ? weight : Default;

    public static ClassWeights Parse(string key, string raw)
    {
        decimal? fallback = null;
        var byClass = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var entry in raw.Split([';', '；', ',', '，', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0)
            {
                fallback = AgencySettings.ParseWeight(key, entry);
            }
            else
            {
                byClass[entry[..eq].Trim()] = AgencySettings.ParseWeight(key, entry[(eq + 1)..]);
            }
        }

        return fallback is null && byClass.Count == 0
            ? throw AgencySettings.Invalid(key, "没有权重", "names no weight")
            : new ClassWeights(fallback, byClass);
    }
}

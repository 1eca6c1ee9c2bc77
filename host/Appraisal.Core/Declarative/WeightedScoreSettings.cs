namespace Appraisal.Core.Declarative;

/// <summary>
/// The settings of <see cref="AggregationStrategies.WeightedScore"/>. Local practice (DOMAIN §3.4), so every one is a
/// setting with a default; a campaign setting of the same key overrides the type's value for that campaign.
/// </summary>
/// <param name="GroupWeights">The type's documented default rater-group weights; reported, never applied (a campaign's groups carry the weights applied).</param>
/// <param name="Tiers">Score bands, highest first; none by default.</param>
/// <param name="RankWithinUnitClass">Rank within each unit class (default) or across all subjects.</param>
/// <param name="RenormalizeMissingGroups">When a weighted group has no score for a subject: combine the others with their weights renormalised (default), or give that subject no composite.</param>
/// <param name="Decimals">Scores are rounded half away from zero (四舍五入) to this many decimals, and ties are judged on the rounded score.</param>
internal sealed record WeightedScoreSettings(
    IReadOnlyList<KeyValuePair<string, decimal>> GroupWeights,
    IReadOnlyList<Tier> Tiers,
    bool RankWithinUnitClass,
    bool RenormalizeMissingGroups,
    int Decimals)
{
    public static readonly string[] Keys = ["groupWeights", "tiers", "rankWithin", "missingGroups", "decimals"];

    public static WeightedScoreSettings Default { get; } = new([], [], RankWithinUnitClass: true, RenormalizeMissingGroups: true, Decimals: 2);

    /// <summary>Reads <paramref name="values"/> over <paramref name="fallback"/>; unusable values are reported and fall back.</summary>
    public static WeightedScoreSettings Read(
        IReadOnlyDictionary<string, string> values, WeightedScoreSettings fallback, Action<string, string> report, bool rejectUnknown)
    {
        var reader = new SettingsReader(values, report);
        if (rejectUnknown)
        {
            reader.RejectUnknown(Keys);
        }

        return new WeightedScoreSettings(
            reader.NamedNumbers("groupWeights", fallback.GroupWeights, "self:0.1, peer:0.3, subordinate:0.2, superior:0.4", 0m, 1000m),
            reader.Tiers("tiers", fallback.Tiers),
            reader.Choice("rankWithin", fallback.RankWithinUnitClass ? "unit-class" : "all", "unit-class", "all") == "unit-class",
            reader.Choice("missingGroups", fallback.RenormalizeMissingGroups ? "renormalize" : "no-composite", "renormalize", "no-composite") == "renormalize",
            reader.Integer("decimals", fallback.Decimals, 0, 4));
    }
}

namespace Appraisal.Core.Declarative;

/// <summary>The settings of <see cref="AggregationStrategies.OptionCounts"/>; a campaign setting of the same key overrides the type's.</summary>
/// <param name="Flags">Option key and percentage: a row is flagged when the option's share reaches it (e.g. 不合格 ≥ 20 %).</param>
/// <param name="Totals">Add a row over all rater groups after each subject's group rows (default true).</param>
/// <param name="Decimals">Shares are percentages rounded half away from zero to this many decimals.</param>
internal sealed record OptionCountsSettings(IReadOnlyList<KeyValuePair<string, decimal>> Flags, bool Totals, int Decimals)
{
    public static readonly string[] Keys = ["flags", "totals", "decimals"];

    public static OptionCountsSettings Default { get; } = new([], Totals: true, Decimals: 1);

    public static OptionCountsSettings Read(
        IReadOnlyDictionary<string, string> values, OptionCountsSettings fallback, Action<string, string> report, bool rejectUnknown)
    {
        var reader = new SettingsReader(values, report);
        if (rejectUnknown)
        {
            reader.RejectUnknown(Keys);
        }

        return new OptionCountsSettings(
            reader.NamedNumbers("flags", fallback.Flags, "unqualified:20, basically-qualified:50", 0m, 100m),
            reader.Boolean("totals", fallback.Totals),
            reader.Integer("decimals", fallback.Decimals, 0, 4));
    }
}

namespace Appraisal.Core.Declarative;

/// <summary>Names of the aggregation strategies this host provides to declarative plugins (docs/plugins.md).</summary>
public static class AggregationStrategies
{
    /// <summary>Per item, subject and rater group: how often each option was chosen, and its share of the valid answers.</summary>
    public const string OptionCounts = "option-counts";

    /// <summary>Mapped mean per subject and rater group, then a weighted composite across groups, ranked and tiered.</summary>
    public const string WeightedScore = "weighted-score";

    public static IReadOnlyList<string> All { get; } = [OptionCounts, WeightedScore];
}

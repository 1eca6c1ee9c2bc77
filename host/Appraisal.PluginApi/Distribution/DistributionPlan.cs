namespace Appraisal.PluginApi.Distribution;

/// <summary>Which of the host's distribution strategies an appraisal type uses, and its options.</summary>
/// <param name="Strategy">One of <see cref="DistributionStrategies"/>.</param>
/// <param name="Options">Strategy options, e.g. <c>subjectsPerRater=8</c>, <c>allocation=proportional</c>.</param>
public sealed record DistributionPlan(string Strategy, IReadOnlyDictionary<string, string> Options)
{
    public static DistributionPlan Of(string strategy) => new(strategy, new Dictionary<string, string>());
}

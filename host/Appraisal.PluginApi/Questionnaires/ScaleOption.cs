namespace Appraisal.PluginApi.Questionnaires;

/// <summary>One option of a scale.</summary>
/// <param name="Key">Stable key stored in ballots, e.g. <c>satisfied</c>.</param>
/// <param name="Label">What the rater reads, e.g. 满意.</param>
/// <param name="Value">Points on the 100-point mapping; null for options that score nothing (不了解, 弃权).</param>
/// <param name="CountsAsSatisfied">Counted in the numerator of 满意率.</param>
/// <param name="IsAbstain">不了解 / 弃权: left out of every denominator.</param>
/// <param name="AsksReason">Choosing it asks for a reason (e.g. 不满意 → why).</param>
public sealed record ScaleOption(
    string Key,
    LocalizedText Label,
    decimal? Value,
    bool CountsAsSatisfied = false,
    bool IsAbstain = false,
    bool AsksReason = false);

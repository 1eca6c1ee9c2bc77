namespace Appraisal.Core.Distribution;

/// <summary>The outcome of a stratified draw: how many per stratum, and who.</summary>
/// <param name="Allocation">Sample count per stratum (every stratum on the roster, zero included).</param>
/// <param name="Selected">The drawn people, strata in ordinal key order, each stratum in draw order.</param>
public sealed record StratifiedSampleResult(IReadOnlyDictionary<string, int> Allocation, IReadOnlyList<RosterEntry> Selected);

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Details;

/// <summary>The ranking within one unit class.</summary>
/// <param name="UnitClass">The class; null for agencies the campaign gave no class.</param>
/// <param name="Entries">Ranked agencies, best first; agencies with equal scores share a place.</param>
public sealed record AgencyClassRanking(string? UnitClass, IReadOnlyList<AgencyRankEntry> Entries);

namespace Appraisal.Plugins.PeopleSatisfiedAgency.Details;

/// <summary>One place in a class ranking.</summary>
public sealed record AgencyRankEntry(int Rank, string AgencyId, string Name, decimal? Score, string? Tier, bool Vetoed);

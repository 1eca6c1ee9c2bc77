namespace Appraisal.Benchmarks.Ballots;

/// <summary>An agency of the benchmark campaign and how well it is liked.</summary>
/// <param name="Id">Subject id.</param>
/// <param name="Name">Its name on the ballot.</param>
/// <param name="UnitClass">单位类别: agencies are ranked within their class.</param>
/// <param name="Satisfaction">The chance (0–1) that a rater who knows the agency answers 满意 on an indicator; the
/// rest falls on the lower options, so agencies get different scores and tiers.</param>
internal sealed record AgencyProfile(string Id, string Name, string UnitClass, double Satisfaction);

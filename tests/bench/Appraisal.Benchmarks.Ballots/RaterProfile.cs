namespace Appraisal.Benchmarks.Ballots;

/// <summary>A rater group of the benchmark campaign and how its raters answer.</summary>
/// <param name="Key">The group key stored with each sheet.</param>
/// <param name="NameZhCn">Chinese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Weight">Its weight in the agencies' composite scores.</param>
/// <param name="Share">The fraction of ballots cast by this group.</param>
/// <param name="KnowsAgency">The chance that a rater knows a given agency; otherwise they answer 不了解 on all its indicators.</param>
/// <param name="Leniency">Added to every agency's satisfaction for this group's raters.</param>
internal sealed record RaterProfile(
    string Key, string NameZhCn, string NameEn, decimal Weight, double Share, double KnowsAgency, double Leniency);

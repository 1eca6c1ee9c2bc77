namespace Appraisal.Plugins.PeopleSatisfiedAgency.Details;

/// <summary>One agency's result.</summary>
/// <param name="Id">The subject id.</param>
/// <param name="Name">The agency's name.</param>
/// <param name="UnitClass">The class it is ranked within; null when the campaign gave none.</param>
/// <param name="Score">The composite score as published (rounded); null when no group could be combined.</param>
/// <param name="Rank">The place within the class; null when the agency is not ranked.</param>
/// <param name="Ranked">False for agencies rated but not ranked (<c>ranked=false</c>, 征求意见单位), for agencies
/// without a score, and for 一票否决 when vetoed agencies are set to stay out of the ranking.</param>
/// <param name="Tier">The 等次 in Chinese; null without a score (unless vetoed).</param>
/// <param name="TierEn">The 等次 in English.</param>
/// <param name="Vetoed">一票否决 applied.</param>
/// <param name="VetoReason">Why, when the campaign said; null otherwise.</param>
/// <param name="Groups">Every rater group's score for this agency.</param>
/// <param name="Indicators">Per indicator: the composite over the combined groups, with the same weights.</param>
public sealed record AgencyResult(
    string Id,
    string Name,
    string? UnitClass,
    decimal? Score,
    int? Rank,
    bool Ranked,
    string? Tier,
    string? TierEn,
    bool Vetoed,
    string? VetoReason,
    IReadOnlyList<AgencyGroupScore> Groups,
    IReadOnlyList<AgencyIndicatorScore> Indicators);

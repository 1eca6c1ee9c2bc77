namespace Appraisal.Plugins.PeopleSatisfiedAgency.Details;

/// <summary>One rater group's score for one agency.</summary>
/// <param name="GroupKey">The rater group.</param>
/// <param name="GroupName">Its name in Chinese.</param>
/// <param name="GroupNameEn">Its name in English.</param>
/// <param name="Advisory">The group has no weight for this agency's class: reported, never combined.</param>
/// <param name="Weight">The group's weight for this agency's class, as configured; null when advisory.</param>
/// <param name="Share">Its share of the composite after nesting and renormalisation (0–1, rounded to 4 places); null when not combined.</param>
/// <param name="Sheets">Sheets with at least one scored answer for this agency; null when suppressed.</param>
/// <param name="Suppressed">Fewer sheets than the minimum cell size: no figure is shown and the group is not combined.</param>
/// <param name="Score">The group score as published (rounded); null when suppressed.</param>
/// <param name="Dropped">Sheets the trimmed mean left out (highest and lowest together); 0 when not trimmed.</param>
/// <param name="Combined">The score entered the composite.</param>
/// <param name="Indicators">The group's mean per indicator.</param>
public sealed record AgencyGroupScore(
    string GroupKey,
    string GroupName,
    string GroupNameEn,
    bool Advisory,
    decimal? Weight,
    decimal? Share,
    int? Sheets,
    bool Suppressed,
    decimal? Score,
    int Dropped,
    bool Combined,
    IReadOnlyList<AgencyIndicatorScore> Indicators);

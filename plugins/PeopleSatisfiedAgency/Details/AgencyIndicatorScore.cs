namespace Appraisal.Plugins.PeopleSatisfiedAgency.Details;

/// <summary>A mean score on one indicator.</summary>
/// <param name="Key">The questionnaire item.</param>
/// <param name="Name">Its text in Chinese.</param>
/// <param name="NameEn">Its text in English.</param>
/// <param name="Score">The mapped mean (rounded); null when suppressed or nothing was scored.</param>
/// <param name="Suppressed">Fewer valid answers than the minimum cell size stand behind it.</param>
public sealed record AgencyIndicatorScore(string Key, string Name, string NameEn, decimal? Score, bool Suppressed);

namespace Appraisal.PluginApi.Reports;

/// <summary>
/// Some sheets of one rater group that gave one subject the same weighted score (contract 1.2): see
/// <see cref="SheetScores"/> for which answers score.
/// </summary>
/// <param name="RaterGroup">The group of the sheets.</param>
/// <param name="SubjectId">The subject scored.</param>
/// <param name="Points">Σ item weight × option value over the sheet's scored answers about the subject.</param>
/// <param name="Weight">Σ item weight over the same answers; the sheet's score is <c>Points / Weight</c>.</param>
/// <param name="Sheets">How many sheets of the group gave exactly these points and weight.</param>
public sealed record SheetScore(string RaterGroup, string SubjectId, decimal Points, decimal Weight, int Sheets);

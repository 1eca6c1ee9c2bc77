namespace Appraisal.Core.Campaigns;

/// <summary>One subject's final grade as the committee records it (组织评定), with an optional note.</summary>
public sealed record CommitteeGrade(string SubjectId, string Grade, string? Note = null);

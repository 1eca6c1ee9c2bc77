namespace Appraisal.Plugins.Satisfaction.Reports;

/// <summary>The items asked per subject, for one subject, and their combined result.</summary>
public sealed record SatisfactionSubjectResult(
    string SubjectId,
    string Name,
    IReadOnlyList<SatisfactionItemResult> Items,
    SatisfactionOverall Overall);

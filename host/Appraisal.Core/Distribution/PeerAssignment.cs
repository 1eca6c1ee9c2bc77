namespace Appraisal.Core.Distribution;

/// <summary>The outcome of a balanced peer draw.</summary>
/// <param name="SubjectsByRater">Each rater's k subjects, in the order drawn (which is also a fair ballot order).</param>
/// <param name="RaterCountBySubject">How many raters each subject got; every subject is present, zero included.</param>
public sealed record PeerAssignment(
    IReadOnlyDictionary<string, IReadOnlyList<string>> SubjectsByRater,
    IReadOnlyDictionary<string, int> RaterCountBySubject);

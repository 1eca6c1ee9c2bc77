namespace Appraisal.Plugins.Satisfaction.Reports;

/// <summary>
/// One 差评 for follow-up (核实 → 整改 → 回访 → 办结, §2.3 S30 S33). It names what was rated and why, never who
/// rated: no ballot id, no position. <paramref name="Key"/> is a hash of the item, subject, option, reason and the
/// occurrence among identical 差评, so it is the same in every re-tally of the same ballots.
/// </summary>
public sealed record SatisfactionComplaint(
    string Key,
    string ItemKey,
    string ItemText,
    string? SubjectId,
    string? SubjectName,
    string OptionKey,
    string OptionLabel,
    string? Reason);

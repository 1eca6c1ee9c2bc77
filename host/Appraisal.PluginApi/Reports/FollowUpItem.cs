namespace Appraisal.PluginApi.Reports;

/// <summary>
/// Something in a report that organisers must follow up after the tally, e.g. a 差评 to be 核实 → 整改 → 回访 →
/// 办结 (DOMAIN §2.3). It says what was rated and what was wrong, never who said so: no ballot id, no position,
/// no time. The host keeps the follow-up state by <paramref name="Key"/> across re-tallies.
/// </summary>
/// <param name="Key">
/// Stable and content-derived: the same ballots must give the same keys in every tally, whatever order they are
/// read in; unique within the report. At most 200 characters.
/// </param>
/// <param name="Title">What the item is about, e.g. the question 服务态度.</param>
/// <param name="Detail">What was said, e.g. the reason given with the 差评; null when there is none.</param>
/// <param name="SubjectId">The subject rated (a window, a member), or null for the service as a whole.</param>
/// <param name="SubjectName">The subject's display name, or null.</param>
/// <param name="OptionLabel">The answer that made it an item, e.g. 不满意; null when that says nothing.</param>
public sealed record FollowUpItem(
    string Key,
    LocalizedText Title,
    string? Detail,
    string? SubjectId = null,
    string? SubjectName = null,
    LocalizedText? OptionLabel = null);

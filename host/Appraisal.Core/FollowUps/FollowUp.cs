using Appraisal.PluginApi;

namespace Appraisal.Core.FollowUps;

/// <summary>
/// A 差评 (or another report item to follow up) with where it stands, as of <c>today</c> when it was read. It names
/// what was rated and what was said, never who said it: no ballot id, no position, no time finer than the day.
/// </summary>
/// <param name="Key">The report's content-derived key, the same in every re-tally.</param>
/// <param name="Title">What it is about, e.g. the question 服务态度.</param>
/// <param name="Detail">What was said, e.g. the reason given; null when none was.</param>
/// <param name="SubjectId">The subject rated, or null.</param>
/// <param name="SubjectName">Its name, or null.</param>
/// <param name="OptionLabel">The answer, e.g. 不满意, or null.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="ListedOn">The day a tally first listed it (the close day, or a later re-tally's).</param>
/// <param name="DueOn">The day it must be settled by: <paramref name="ListedOn"/> plus the report's working days.</param>
/// <param name="UpdatedOn">The day of the last move (<paramref name="ListedOn"/> before the first).</param>
/// <param name="Note">The last move's note, or null.</param>
/// <param name="WithdrawnOn">The day a re-tally stopped listing it, or null while the report lists it.</param>
/// <param name="Overdue">Not settled, still listed, and today is after <paramref name="DueOn"/>.</param>
/// <param name="WorkingDaysLeft">
/// Working days after today up to the due day (0 on the due day), negative for working days already past it; null
/// once settled or withdrawn.
/// </param>
/// <param name="History">Every move, oldest first.</param>
public sealed record FollowUp(
    string Key,
    LocalizedText Title,
    string? Detail,
    string? SubjectId,
    string? SubjectName,
    LocalizedText? OptionLabel,
    FollowUpStatus Status,
    DateOnly ListedOn,
    DateOnly DueOn,
    DateOnly UpdatedOn,
    string? Note,
    DateOnly? WithdrawnOn,
    bool Overdue,
    int? WorkingDaysLeft,
    IReadOnlyList<FollowUpMove> History);

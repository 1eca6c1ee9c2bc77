namespace Appraisal.Core.FollowUps;

/// <summary>One step in a follow-up's history: the day (never finer), the change, the note and who made it.</summary>
/// <param name="On">The host's local day of the move.</param>
/// <param name="From">The status before.</param>
/// <param name="To">The status after.</param>
/// <param name="Note">What the organiser wrote, or null.</param>
/// <param name="Actor">The staff account id, or <c>admin-key</c>.</param>
public sealed record FollowUpMove(DateOnly On, FollowUpStatus From, FollowUpStatus To, string? Note, string Actor);

namespace Appraisal.Core.Security;

/// <summary>A row of the audit log as <see cref="AuditLog.ReadAsync"/> returns it.</summary>
/// <param name="Seq">The row's position in the log: 1, 2, 3, … in the order the actions committed.</param>
/// <param name="At">When the action happened, UTC, to the second.</param>
/// <param name="Actor">An account id, or <see cref="AuditEntry.AdminKeyActor"/>.</param>
/// <param name="Action">What was done.</param>
/// <param name="CampaignId">The campaign concerned, or null.</param>
/// <param name="Detail">The JSON detail, or null.</param>
public sealed record AuditRecord(long Seq, DateTimeOffset At, string Actor, string Action, string? CampaignId, string? Detail);

using System.Text.Json;

namespace Appraisal.Core.Security;

/// <summary>
/// One admin action to record with <see cref="AuditLog"/>. Build it with <see cref="For"/> so the actor is
/// derived from the caller the same way everywhere.
/// </summary>
/// <param name="At">When it happened; stored in UTC to the second.</param>
/// <param name="Actor">An account id, or <see cref="AdminKeyActor"/>.</param>
/// <param name="Action">What was done, a short stable name such as <c>campaign.create</c>.</param>
/// <param name="CampaignId">The campaign concerned, or null for instance-wide actions.</param>
/// <param name="Detail">JSON with whatever else explains the action, or null. Never ballot ids or codes.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string? CampaignId, string? Detail)
{
    /// <summary>The actor recorded for the admin key, which belongs to no account.</summary>
    public const string AdminKeyActor = "admin-key";

    /// <summary>
    /// The entry for <paramref name="caller"/> doing <paramref name="action"/>. <paramref name="detail"/> is
    /// serialized to JSON as its runtime type.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The caller is anonymous: anonymous callers perform no admin actions, and a row without an actor would
    /// record nothing useful.
    /// </exception>
    public static AuditEntry For(Caller caller, string action, string? campaignId, object? detail, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        return new AuditEntry(at, ActorOf(caller), action, campaignId, detail is null ? null : JsonSerializer.Serialize(detail));
    }

    /// <summary>How <paramref name="caller"/> is recorded as the one who acted: the account id, or <see cref="AdminKeyActor"/>.</summary>
    /// <exception cref="ArgumentException">The caller is anonymous.</exception>
    public static string ActorOf(Caller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.AccountId
            ?? (caller.Role == Role.Admin
                ? AdminKeyActor
                : throw new ArgumentException("Only an authenticated caller's actions are audited.", nameof(caller)));
    }
}

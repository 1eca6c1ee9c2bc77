namespace Appraisal.Core.Security;

/// <summary>
/// Who is making a request, as <see cref="CallerResolver"/> found it. Authorization checks go through
/// <see cref="CanManage"/> and <see cref="CanRead"/> so the rules live in one place.
/// </summary>
/// <param name="Role">The caller's role, or null for an anonymous caller (a rater, or no credentials at all).</param>
/// <param name="AccountId">
/// The account behind the request, or null for anonymous callers and for the admin key, which belongs to no account.
/// </param>
/// <param name="DisplayName">A name to show in the interface and logs; never a credential.</param>
public sealed record Caller(Role? Role, string? AccountId, string DisplayName)
{
    /// <summary>No or unusable credentials: may use the public, ballot-code endpoints only.</summary>
    public static Caller Anonymous { get; } = new(null, null, "匿名");

    /// <summary>Whoever presented the instance's admin key. It has no account, so it owns no campaign.</summary>
    public static Caller AdminKeyHolder { get; } = new(Security.Role.Admin, null, "管理员");

    /// <summary>Whether the caller proved an identity (admin key or session).</summary>
    public bool IsAuthenticated => Role is not null;

    /// <summary>
    /// Whether the caller may change a campaign owned by <paramref name="ownerAccountId"/>: admins any, organizers
    /// only their own, observers and anonymous callers none. A campaign without an owner (created with the admin
    /// key) is the admins' alone.
    /// </summary>
    public bool CanManage(string? ownerAccountId) => Role switch
    {
        Security.Role.Admin => true,
        Security.Role.Organizer => IsOwner(ownerAccountId),
        _ => false,
    };

    /// <summary>
    /// Whether the caller may see a campaign owned by <paramref name="ownerAccountId"/> (its settings, progress
    /// and results). Admins see all and organizers their own. Observers see all of them, read-only: the role
    /// exists for oversight, which is only useful across every campaign, and it can change nothing, so the wider
    /// view adds no power to alter an appraisal. Anonymous callers see none through this check.
    /// </summary>
    public bool CanRead(string? ownerAccountId) => Role switch
    {
        Security.Role.Admin or Security.Role.Observer => true,
        Security.Role.Organizer => IsOwner(ownerAccountId),
        _ => false,
    };

    private bool IsOwner(string? ownerAccountId) =>
        AccountId is not null && string.Equals(AccountId, ownerAccountId, StringComparison.Ordinal);
}

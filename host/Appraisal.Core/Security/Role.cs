namespace Appraisal.Core.Security;

/// <summary>
/// What a signed-in account may do. Raters never have a role: they are anonymous and prove nothing but a
/// ballot code, so nothing here can link a ballot to a person.
/// </summary>
public enum Role
{
    /// <summary>Reads every campaign and changes none (oversight, e.g. a discipline inspection office).</summary>
    Observer,

    /// <summary>Runs the campaigns it owns and sees no one else's.</summary>
    Organizer,

    /// <summary>Runs the instance: every campaign, accounts, plugins.</summary>
    Admin,
}

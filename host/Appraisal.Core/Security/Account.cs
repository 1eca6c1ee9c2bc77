namespace Appraisal.Core.Security;

/// <summary>A staff account as <see cref="AccountStore"/> lists it; the password hash never leaves the store.</summary>
/// <param name="Id">The random id other tables refer to (campaign owners, audit actors).</param>
/// <param name="Login">The login as it was created; signing in ignores ASCII case.</param>
/// <param name="DisplayName">The name shown in the interface.</param>
/// <param name="Role">What the account may do.</param>
/// <param name="CreatedOn">The UTC day the account was created.</param>
/// <param name="Disabled">Whether sign-in and the account's sessions are refused.</param>
public sealed record Account(string Id, string Login, string DisplayName, Role Role, DateOnly CreatedOn, bool Disabled);

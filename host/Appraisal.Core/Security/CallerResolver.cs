using Microsoft.Extensions.Options;

namespace Appraisal.Core.Security;

/// <summary>
/// Turns an <c>Authorization</c> header into a <see cref="Caller"/>: the admin key, a session token, or nobody.
/// Every header that is not a valid credential (missing, another scheme, malformed, unknown, expired) yields
/// <see cref="Caller.Anonymous"/>, so an endpoint decides what an anonymous caller may do and a bad header can
/// never grant more than no header.
/// </summary>
public sealed class CallerResolver(AdminKeyStore adminKeys, AccountStore accounts, IOptions<AppraisalOptions> options)
{
    /// <summary>
    /// Longer headers are not looked at. A configured admin key or a session token is far shorter; the bound
    /// keeps an oversized header from costing a hash and a database read.
    /// </summary>
    public const int MaxHeaderLength = 4096;

    private const string Scheme = "Bearer";

    /// <summary>
    /// The caller for <paramref name="authorizationHeader"/>. Never throws for any header text; database failures
    /// and cancellation still surface, since treating an outage as "anonymous" would hide it.
    /// </summary>
    public async Task<Caller> ResolveAsync(string? authorizationHeader, CancellationToken cancellationToken = default)
    {
        var credential = ReadBearerCredential(authorizationHeader);
        if (credential is null)
        {
            return Caller.Anonymous;
        }

        // The admin key first: a generated admin key and a session token have the same shape, so the shape
        // cannot tell them apart, and the key check is a hash (plus one settings read when the key was generated).
        if (await adminKeys.VerifyAsync(options.Value.AdminKey, credential, cancellationToken))
        {
            return Caller.AdminKeyHolder;
        }

        return await accounts.ResolveSessionAsync(credential, cancellationToken) ?? Caller.Anonymous;
    }

    /// <summary>
    /// The credential of a <c>Bearer</c> header (scheme in any case, RFC 9110 §11.1), or null when the header is
    /// something else. The credential must be one run of visible characters: RFC 6750's b64token is stricter, but a
    /// configured admin key may use any printable character, and anything wrong is rejected by the lookups anyway.
    /// </summary>
    private static string? ReadBearerCredential(string? header)
    {
        if (string.IsNullOrEmpty(header) || header.Length > MaxHeaderLength)
        {
            return null;
        }

        var value = header.AsSpan().Trim();
        if (value.Length <= Scheme.Length
            || !value.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)
            || value[Scheme.Length] is not (' ' or '\t'))
        {
            return null;
        }

        var credential = value[Scheme.Length..].Trim();
        foreach (var c in credential)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return null;
            }
        }

        return credential.IsEmpty ? null : credential.ToString();
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Appraisal.Core.Security;

/// <summary>
/// Hashes account passwords with PBKDF2-HMAC-SHA256. The stored string carries its own parameters,
/// <c>pbkdf2-sha256$&lt;iterations&gt;$&lt;salt base64&gt;$&lt;hash base64&gt;</c>, so the iteration count can be raised
/// later: old hashes still verify, and <see cref="NeedsRehash"/> tells the login path to replace them.
/// </summary>
/// <remarks>
/// PBKDF2 rather than a memory-hard function because it is in the base class library (no native dependency
/// for a self-hosted install) and FIPS-approved, which some public-sector deployments ask for.
/// </remarks>
public sealed class PasswordHasher
{
    /// <summary>
    /// The OWASP Password Storage Cheat Sheet (as revised in December 2022 and current through 2023) asks for
    /// 600,000 iterations of PBKDF2-HMAC-SHA256; its 210,000 is the figure for PBKDF2-HMAC-SHA512, which this
    /// format does not use. Hashes carry their own count, so changing this later needs no migration: a lower count
    /// still verifies and <see cref="NeedsRehash"/> upgrades it at the next successful login.
    /// https://cheatsheetseries.owasp.org/cheatsheets/Password_Storage_Cheat_Sheet.html#pbkdf2
    /// </summary>
    public const int DefaultIterations = 600_000;

    /// <summary>The stored string's first field: names the algorithm so another can be added later.</summary>
    public const string Scheme = "pbkdf2-sha256";

    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // A stored string is data read from the database; an absurd count there must not stall a login for minutes.
    private const int MaxIterations = 10_000_000;

    /// <summary>A hasher with <see cref="DefaultIterations"/>.</summary>
    public PasswordHasher()
        : this(DefaultIterations)
    {
    }

    /// <summary>A hasher with another iteration count; tests use a small one to stay fast.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="iterations"/> is below 1 or absurdly high.</exception>
    public PasswordHasher(int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iterations, MaxIterations);
        Iterations = iterations;
    }

    /// <summary>The iteration count new hashes get.</summary>
    public int Iterations { get; }

    /// <summary>Hashes <paramref name="password"/> with a fresh random salt.</summary>
    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Derive(password, salt, Iterations, HashBytes);
        return string.Create(CultureInfo.InvariantCulture,
            $"{Scheme}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>
    /// Whether <paramref name="password"/> matches <paramref name="storedHash"/>. The comparison takes the same time
    /// wherever the bytes differ. A stored string that cannot be read (tampered, truncated, another scheme) does not
    /// match anything, rather than throwing into the login path.
    /// </summary>
    public bool Verify(string password, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(password);
        if (!TryParse(storedHash, out var iterations, out var salt, out var expected))
        {
            return false;
        }

        var actual = Derive(password, salt, iterations, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>
    /// Whether <paramref name="storedHash"/> should be replaced by a fresh <see cref="Hash"/> of the same password:
    /// it uses fewer iterations than this hasher, other salt or hash sizes, or cannot be read at all.
    /// </summary>
    public bool NeedsRehash(string storedHash) =>
        !TryParse(storedHash, out var iterations, out var salt, out var hash)
        || iterations < Iterations || salt.Length != SaltBytes || hash.Length != HashBytes;

    /// <summary>
    /// Passwords are normalized to Unicode NFKC before hashing, as NIST SP 800-63B §5.1.1.2 suggests, so the same
    /// password typed through different input methods (full-width Latin from a Chinese IME, composed or decomposed
    /// accents) gives the same hash. This is part of the stored format: changing it would lock users out.
    /// </summary>
    private static byte[] Derive(string password, byte[] salt, int iterations, int length) =>
        Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(Normalize(password)), salt, iterations, HashAlgorithmName.SHA256, length);

    private static string Normalize(string password)
    {
        try
        {
            return password.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalized; hash them as given (UTF-8 turns them into U+FFFD either way).
            return password;
        }
    }

    private static bool TryParse(string? stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = hash = [];
        if (stored is null)
        {
            return false;
        }

        var parts = stored.Split('$');
        if (parts.Length != 4 || !string.Equals(parts[0], Scheme, StringComparison.Ordinal)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations is < 1 or > MaxIterations)
        {
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        // Too short a hash would make a forged entry easy to match; the salt only has to be present.
        return salt.Length > 0 && hash.Length >= 16;
    }
}

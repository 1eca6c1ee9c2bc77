using System.Security.Cryptography;
using System.Text;

namespace Appraisal.Host.Cluster;

/// <summary>
/// <c>Appraisal:KeyRingSecret</c>, stretched into an AES-256 key for the data-protection keys at rest. PBKDF2 (SHA-256,
/// 210,000 rounds, OWASP's figure) makes a weak secret costly to guess from a stolen table; it runs once per process.
/// The salt is fixed: the derived key must be the same on every host, and there is one secret per site.
/// </summary>
public sealed class KeyRingSecret
{
    private const int Iterations = 210_000;

    private static readonly byte[] Salt = Encoding.UTF8.GetBytes("appraisal.key-ring.v1");

    private readonly Lazy<byte[]> _key;

    public KeyRingSecret(string? secret)
    {
        IsSet = !string.IsNullOrEmpty(secret);
        _key = new Lazy<byte[]>(() => IsSet
            ? Rfc2898DeriveBytes.Pbkdf2(secret!, Salt, Iterations, HashAlgorithmName.SHA256, 32)
            : throw new InvalidOperationException(
                "A data-protection key in the database is encrypted, but Appraisal:KeyRingSecret is not set. Set the secret " +
                "the keys were stored with, or delete the rows of data_protection_keys (signed-in sessions and open forms are lost)."));
    }

    public bool IsSet { get; }

    /// <summary>The derived AES-256 key.</summary>
    /// <exception cref="InvalidOperationException">No secret is configured.</exception>
    internal byte[] Key => _key.Value;
}

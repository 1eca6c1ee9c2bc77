using System.Security.Cryptography;
using System.Text;
using Appraisal.Core.Storage;

namespace Appraisal.Core.Security;

/// <summary>
/// The admin API key (<c>Authorization: Bearer &lt;key&gt;</c>). A configured <c>Appraisal:AdminKey</c> wins;
/// otherwise a random key is generated at first start and only its SHA-256 is stored, so the key can be shown
/// exactly once and nobody with the database file can read it.
/// </summary>
public sealed class AdminKeyStore(SettingsStore settings)
{
    internal const string HashSetting = "admin_key_sha256";

    /// <summary>
    /// Makes sure a key exists. Returns the newly generated key when this call created it (the caller prints it
    /// once), or null when a key was configured or had been generated before.
    /// </summary>
    public async Task<string?> EnsureAsync(string? configuredKey, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrEmpty(configuredKey))
        {
            return null;
        }

        var key = Base64Url(RandomNumberGenerator.GetBytes(32));
        return await settings.TryAddAsync(HashSetting, Hash(key), cancellationToken) ? key : null;
    }

    /// <summary>Whether <paramref name="presented"/> is the admin key, compared in constant time.</summary>
    public async Task<bool> VerifyAsync(string? configuredKey, string presented, CancellationToken cancellationToken = default)
    {
        var expected = string.IsNullOrEmpty(configuredKey)
            ? await settings.GetAsync(HashSetting, cancellationToken)
            : Hash(configuredKey);
        return expected is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Hash(presented)));
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

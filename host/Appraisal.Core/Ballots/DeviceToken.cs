using System.Buffers;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Appraisal.Core.Ballots;

/// <summary>
/// 设备令牌: what a campaign's public survey page hands a device, so that the device casts one ballot. A token is
/// 16 random bytes followed by an HMAC-SHA256 tag over them and the campaign id under a per-instance secret, in
/// base64url (64 characters). The host checks a token without having stored it, a forged token fails the tag, and
/// a token of one campaign fails it in any other. When the device casts, only <see cref="TryGetKey"/>'s key, the
/// SHA-256 of the token, is stored: it says which token voted, never who held it.
/// </summary>
public static class DeviceToken
{
    /// <summary>Bytes of the signing secret.</summary>
    public const int SecretLength = 32;

    /// <summary>Characters of a token.</summary>
    public const int Length = 64;

    private const int NonceLength = 16;
    private const int TokenBytes = NonceLength + 32;
    private static readonly byte[] Domain = Encoding.ASCII.GetBytes("appraisal.device.v1\n");

    /// <summary>A new token for <paramref name="campaignId"/>, from the OS CSPRNG.</summary>
    public static string Issue(ReadOnlySpan<byte> secret, string campaignId)
    {
        CheckSecret(secret);
        ArgumentNullException.ThrowIfNull(campaignId);
        Span<byte> token = stackalloc byte[TokenBytes];
        RandomNumberGenerator.Fill(token[..NonceLength]);
        Tag(secret, campaignId, token[..NonceLength], token[NonceLength..]);
        return Base64Url.EncodeToString(token);
    }

    /// <summary>
    /// Whether <paramref name="token"/> is a token this secret issued for <paramref name="campaignId"/>, written
    /// exactly as issued; if so, <paramref name="deviceKey"/> is the key stored when the device casts.
    /// </summary>
    public static bool TryGetKey(ReadOnlySpan<byte> secret, string campaignId, string? token, [NotNullWhen(true)] out byte[]? deviceKey)
    {
        CheckSecret(secret);
        ArgumentNullException.ThrowIfNull(campaignId);
        deviceKey = null;
        Span<byte> bytes = stackalloc byte[TokenBytes];
        if (token is not { Length: Length }
            || Base64Url.DecodeFromChars(token, bytes, out _, out var written) != OperationStatus.Done || written != TokenBytes
            || Base64Url.EncodeToString(bytes) != token)
        {
            // Only the canonical spelling is a token: one device must not get two keys from two spellings.
            return false;
        }

        Span<byte> expected = stackalloc byte[32];
        Tag(secret, campaignId, bytes[..NonceLength], expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes[NonceLength..]))
        {
            return false;
        }

        deviceKey = SHA256.HashData(bytes);
        return true;
    }

    /// <summary>HMAC-SHA256(secret, "appraisal.device.v1\n" ‖ campaign id ‖ "\n" ‖ nonce); the fixed-length nonce ends the message, so it parses one way.</summary>
    private static void Tag(ReadOnlySpan<byte> secret, string campaignId, ReadOnlySpan<byte> nonce, Span<byte> destination)
    {
        var message = new byte[Domain.Length + Encoding.UTF8.GetByteCount(campaignId) + 1 + NonceLength];
        Domain.CopyTo(message, 0);
        var at = Domain.Length + Encoding.UTF8.GetBytes(campaignId, message.AsSpan(Domain.Length));
        message[at] = (byte)'\n';
        nonce.CopyTo(message.AsSpan(at + 1));
        HMACSHA256.HashData(secret, message, destination);
    }

    private static void CheckSecret(ReadOnlySpan<byte> secret)
    {
        if (secret.Length != SecretLength)
        {
            throw new ArgumentException($"A device token secret is {SecretLength} bytes.", nameof(secret));
        }
    }
}

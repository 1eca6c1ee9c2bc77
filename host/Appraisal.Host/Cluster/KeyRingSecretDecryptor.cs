using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Appraisal.Host.Cluster;

/// <summary>
/// Reads back what <see cref="KeyRingSecretEncryptor"/> wrote. ASP.NET creates it by the type name stored with the key,
/// through the constructor taking the service provider, which holds the <see cref="KeyRingSecret"/>.
/// </summary>
public sealed class KeyRingSecretDecryptor(IServiceProvider services) : IXmlDecryptor
{
    /// <exception cref="CryptographicException">The key was encrypted under another secret, or was altered.</exception>
    public XElement Decrypt(XElement encryptedElement)
    {
        ArgumentNullException.ThrowIfNull(encryptedElement);
        var secret = services.GetRequiredService<KeyRingSecret>();
        var sealedBytes = Convert.FromBase64String(encryptedElement.Element("value")?.Value
            ?? throw new CryptographicException("The encrypted data-protection key has no value."));
        var length = sealedBytes.Length - KeyRingSecretEncryptor.NonceBytes - KeyRingSecretEncryptor.TagBytes;
        if (length < 0)
        {
            throw new CryptographicException("The encrypted data-protection key is too short.");
        }

        var plaintext = new byte[length];
        using (var aes = new AesGcm(secret.Key, KeyRingSecretEncryptor.TagBytes))
        {
            aes.Decrypt(
                sealedBytes.AsSpan(0, KeyRingSecretEncryptor.NonceBytes),
                sealedBytes.AsSpan(KeyRingSecretEncryptor.NonceBytes, length),
                sealedBytes.AsSpan(KeyRingSecretEncryptor.NonceBytes + length),
                plaintext);
        }

        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plaintext));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}

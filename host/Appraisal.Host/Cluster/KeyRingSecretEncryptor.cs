using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Appraisal.Host.Cluster;

/// <summary>
/// Encrypts a data-protection key's secret part with AES-256-GCM under <see cref="KeyRingSecret"/> before it is stored.
/// The element written is <c>&lt;encryptedKey&gt;&lt;value&gt;</c> base64 of nonce (12 bytes), ciphertext and tag
/// (16 bytes); <see cref="KeyRingSecretDecryptor"/> reads it back.
/// </summary>
public sealed class KeyRingSecretEncryptor(KeyRingSecret secret) : IXmlEncryptor
{
    internal const int NonceBytes = 12;

    internal const int TagBytes = 16;

    internal static readonly XName ElementName = "encryptedKey";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        ArgumentNullException.ThrowIfNull(plaintextElement);
        var plaintext = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        var sealedBytes = new byte[NonceBytes + plaintext.Length + TagBytes];
        var nonce = sealedBytes.AsSpan(0, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(secret.Key, TagBytes))
        {
            aes.Encrypt(nonce, plaintext, sealedBytes.AsSpan(NonceBytes, plaintext.Length), sealedBytes.AsSpan(NonceBytes + plaintext.Length));
        }

        CryptographicOperations.ZeroMemory(plaintext);
        var element = new XElement(ElementName,
            new XComment(" AES-256-GCM under a key derived from Appraisal:KeyRingSecret "),
            new XElement("value", Convert.ToBase64String(sealedBytes)));
        return new EncryptedXmlInfo(element, typeof(KeyRingSecretDecryptor));
    }
}

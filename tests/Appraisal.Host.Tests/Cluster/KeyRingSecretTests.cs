using System.Security.Cryptography;
using System.Xml.Linq;
using Appraisal.Host.Cluster;
using Microsoft.Extensions.DependencyInjection;

namespace Appraisal.Host.Tests.Cluster;

/// <summary>The data-protection keys at rest under Appraisal:KeyRingSecret: AES-GCM, readable only with the same secret.</summary>
public sealed class KeyRingSecretTests
{
    private static readonly XElement MasterKey = XElement.Parse("<masterKey><value>c2VjcmV0LWtleS1tYXRlcmlhbA==</value></masterKey>");

    [Fact]
    public void A_key_encrypted_under_a_secret_reads_back_with_it_and_hides_its_content()
    {
        var secret = new KeyRingSecret("correct horse battery staple");

        var encrypted = new KeyRingSecretEncryptor(secret).Encrypt(MasterKey);

        Assert.Equal(typeof(KeyRingSecretDecryptor), encrypted.DecryptorType);
        Assert.DoesNotContain("c2VjcmV0", encrypted.EncryptedElement.ToString(), StringComparison.Ordinal);
        Assert.Equal(MasterKey.ToString(), Decryptor(secret).Decrypt(encrypted.EncryptedElement).ToString());
    }

    [Fact]
    public void Another_secret_or_an_altered_value_is_refused()
    {
        var encrypted = new KeyRingSecretEncryptor(new KeyRingSecret("first secret")).Encrypt(MasterKey).EncryptedElement;

        Assert.ThrowsAny<CryptographicException>(() => Decryptor(new KeyRingSecret("second secret")).Decrypt(encrypted));

        var value = encrypted.Element("value")!;
        var bytes = Convert.FromBase64String(value.Value);
        bytes[^1] ^= 1;
        value.Value = Convert.ToBase64String(bytes);
        Assert.ThrowsAny<CryptographicException>(() => Decryptor(new KeyRingSecret("first secret")).Decrypt(encrypted));
    }

    [Fact]
    public void Without_a_secret_an_encrypted_key_cannot_be_read_and_the_message_names_the_setting()
    {
        var encrypted = new KeyRingSecretEncryptor(new KeyRingSecret("a secret")).Encrypt(MasterKey).EncryptedElement;

        var error = Assert.Throws<InvalidOperationException>(() => Decryptor(new KeyRingSecret(null)).Decrypt(encrypted));

        Assert.Contains("Appraisal:KeyRingSecret", error.Message, StringComparison.Ordinal);
    }

    private static KeyRingSecretDecryptor Decryptor(KeyRingSecret secret) =>
        new(new ServiceCollection().AddSingleton(secret).BuildServiceProvider());
}

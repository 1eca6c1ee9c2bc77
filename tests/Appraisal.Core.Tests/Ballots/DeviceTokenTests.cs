using System.Buffers.Text;
using System.Security.Cryptography;
using Appraisal.Core.Ballots;

namespace Appraisal.Core.Tests.Ballots;

public sealed class DeviceTokenTests
{
    private static readonly byte[] Secret = RandomNumberGenerator.GetBytes(DeviceToken.SecretLength);

    [Fact]
    public void An_issued_token_verifies_for_its_campaign_and_its_key_is_the_hash_of_the_token()
    {
        var token = DeviceToken.Issue(Secret, "k7qmx2xhd9rp");

        Assert.Equal(DeviceToken.Length, token.Length);
        Assert.True(DeviceToken.TryGetKey(Secret, "k7qmx2xhd9rp", token, out var key));
        Assert.Equal(SHA256.HashData(Base64Url.DecodeFromChars(token)), key);
        Assert.True(DeviceToken.TryGetKey(Secret, "k7qmx2xhd9rp", token, out var again));
        Assert.Equal(key, again);
    }

    [Fact]
    public void Tokens_are_random_so_two_devices_never_share_a_key()
    {
        var keys = Enumerable.Range(0, 1000).Select(_ =>
        {
            Assert.True(DeviceToken.TryGetKey(Secret, "c1", DeviceToken.Issue(Secret, "c1"), out var key));
            return Convert.ToHexString(key);
        });

        Assert.Equal(1000, keys.Distinct().Count());
    }

    [Fact]
    public void A_token_of_another_campaign_or_another_instance_is_refused()
    {
        var token = DeviceToken.Issue(Secret, "campaign-a");

        Assert.False(DeviceToken.TryGetKey(Secret, "campaign-b", token, out var key));
        Assert.Null(key);
        Assert.False(DeviceToken.TryGetKey(RandomNumberGenerator.GetBytes(DeviceToken.SecretLength), "campaign-a", token, out _));

        // The campaign id and the nonce cannot trade bytes: the nonce has a fixed length at the end of the message.
        Assert.False(DeviceToken.TryGetKey(Secret, "campaign-a\n", token, out _));
    }

    [Fact]
    public void Changing_any_byte_of_a_token_breaks_it()
    {
        var bytes = Base64Url.DecodeFromChars(DeviceToken.Issue(Secret, "c1"));
        for (var i = 0; i < bytes.Length; i++)
        {
            var forged = (byte[])bytes.Clone();
            forged[i] ^= 0x01;
            Assert.False(DeviceToken.TryGetKey(Secret, "c1", Base64Url.EncodeToString(forged), out _), $"byte {i} changed");
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void Missing_malformed_and_made_up_tokens_are_refused(string? token)
    {
        Assert.False(DeviceToken.TryGetKey(Secret, "c1", token, out var key));
        Assert.Null(key);
    }

    [Fact]
    public void Only_the_spelling_that_was_issued_is_accepted()
    {
        // Another spelling of the same bytes (standard base64 characters, padding, white space) would give the
        // same device a second key, so it is refused.
        var token = Enumerable.Range(0, 1000).Select(_ => DeviceToken.Issue(Secret, "c1")).First(t => t.Contains('-') || t.Contains('_'));
        var standard = token.Replace('-', '+').Replace('_', '/');

        Assert.True(DeviceToken.TryGetKey(Secret, "c1", token, out _));
        Assert.False(DeviceToken.TryGetKey(Secret, "c1", standard, out _));
        Assert.False(DeviceToken.TryGetKey(Secret, "c1", token + "=", out _));
        Assert.False(DeviceToken.TryGetKey(Secret, "c1", token[..32] + " " + token[32..], out _));
        Assert.False(DeviceToken.TryGetKey(Secret, "c1", token[..32] + " " + token[32..63], out _));
    }

    [Fact]
    public void A_secret_of_the_wrong_length_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => DeviceToken.Issue(new byte[16], "c1"));
    }
}

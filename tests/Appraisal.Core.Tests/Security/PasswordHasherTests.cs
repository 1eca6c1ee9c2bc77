using Appraisal.Core.Security;

namespace Appraisal.Core.Tests.Security;

public sealed class PasswordHasherTests
{
    private const string Password = "correct horse battery";

    private readonly PasswordHasher _hasher = new(iterations: 1000);

    [Fact]
    public void A_hash_verifies_its_password_and_records_scheme_iterations_salt_and_hash()
    {
        var stored = _hasher.Hash(Password);

        var parts = stored.Split('$');
        Assert.Equal(4, parts.Length);
        Assert.Equal("pbkdf2-sha256", parts[0]);
        Assert.Equal("1000", parts[1]);
        Assert.Equal(16, Convert.FromBase64String(parts[2]).Length);
        Assert.Equal(32, Convert.FromBase64String(parts[3]).Length);
        Assert.True(_hasher.Verify(Password, stored));
    }

    [Fact]
    public void The_same_password_hashes_differently_each_time()
    {
        Assert.NotEqual(_hasher.Hash(Password), _hasher.Hash(Password));
    }

    [Theory]
    [InlineData("correct horse battery ")]
    [InlineData("Correct horse battery")]
    [InlineData("")]
    public void A_wrong_password_does_not_verify(string wrong)
    {
        Assert.False(_hasher.Verify(wrong, _hasher.Hash(Password)));
    }

    [Fact]
    public void The_default_is_the_OWASP_count_for_PBKDF2_HMAC_SHA256()
    {
        var hasher = new PasswordHasher();

        var stored = hasher.Hash(Password);

        Assert.Equal(600_000, hasher.Iterations);
        Assert.StartsWith("pbkdf2-sha256$600000$", stored, StringComparison.Ordinal);
        Assert.True(hasher.Verify(Password, stored));
    }

    [Fact]
    public void A_hash_with_fewer_iterations_verifies_but_needs_a_rehash()
    {
        var old = new PasswordHasher(iterations: 500).Hash(Password);
        var stronger = new PasswordHasher(iterations: 2000).Hash(Password);

        Assert.True(_hasher.Verify(Password, old));
        Assert.True(_hasher.NeedsRehash(old));
        Assert.False(_hasher.NeedsRehash(_hasher.Hash(Password)));
        Assert.True(_hasher.Verify(Password, stronger));
        Assert.False(_hasher.NeedsRehash(stronger));
    }

    [Fact]
    public void An_unreadable_stored_hash_needs_a_rehash()
    {
        Assert.True(_hasher.NeedsRehash("not a hash"));
    }

    [Theory]
    [InlineData("hash")]
    [InlineData("salt")]
    [InlineData("iterations")]
    [InlineData("scheme")]
    [InlineData("truncated")]
    [InlineData("short hash")]
    [InlineData("not base64")]
    [InlineData("absurd iterations")]
    [InlineData("negative iterations")]
    [InlineData("extra field")]
    [InlineData("empty")]
    public void A_tampered_stored_hash_verifies_nothing_and_does_not_throw(string tampering)
    {
        var parts = _hasher.Hash(Password).Split('$');
        var hash = Convert.FromBase64String(parts[3]);
        var salt = Convert.FromBase64String(parts[2]);
        var stored = tampering switch
        {
            "hash" => Join(parts[0], parts[1], parts[2], Convert.ToBase64String(Flip(hash))),
            "salt" => Join(parts[0], parts[1], Convert.ToBase64String(Flip(salt)), parts[3]),
            "iterations" => Join(parts[0], "1001", parts[2], parts[3]),
            "scheme" => Join("pbkdf2-sha512", parts[1], parts[2], parts[3]),
            "truncated" => Join(parts[0], parts[1], parts[2]),
            "short hash" => Join(parts[0], parts[1], parts[2], Convert.ToBase64String(hash[..8])),
            "not base64" => Join(parts[0], parts[1], parts[2], "!!!!"),
            "absurd iterations" => Join(parts[0], "2000000000", parts[2], parts[3]),
            "negative iterations" => Join(parts[0], "-1000", parts[2], parts[3]),
            "extra field" => Join(parts[0], parts[1], parts[2], parts[3], "x"),
            _ => "",
        };

        Assert.False(_hasher.Verify(Password, stored));
    }

    [Fact]
    public void Passwords_are_compared_after_NFKC_so_full_width_input_matches()
    {
        var stored = _hasher.Hash("Password123!");

        // What a Chinese IME in full-width mode produces for the same keys.
        Assert.True(_hasher.Verify("Ｐａｓｓｗｏｒｄ１２３！", stored));
        Assert.True(_hasher.Verify("Café au lait", _hasher.Hash("Cafe\u0301 au lait")));
    }

    [Fact]
    public void Iteration_counts_outside_the_sane_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new PasswordHasher(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PasswordHasher(int.MaxValue));
    }

    private static string Join(params string[] parts) => string.Join('$', parts);

    private static byte[] Flip(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        copy[^1] ^= 0x01;
        return copy;
    }
}

using Appraisal.Core.Distribution;

namespace Appraisal.Core.Tests.Distribution;

public sealed class DrawSeedTests
{
    private const string CountingSeedHex = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

    [Fact]
    public void Commitment_IsSha256OfTheSeedBytes()
    {
        // sha256(bytes(range(32))) in Python.
        Assert.Equal("630dcd2966c4336691125448bbb25b4ff412a49c732db2c8abc1b8581bd710dd", DrawSeed.FromHex(CountingSeedHex).Commitment);
    }

    [Fact]
    public void RevealedHex_VerifiesAgainstItsCommitment_AndNoOther()
    {
        var seed = DrawSeed.Create();
        var other = DrawSeed.Create();

        Assert.True(DrawSeed.Verify(seed.Hex, seed.Commitment));
        Assert.True(DrawSeed.Verify(seed.Hex.ToUpperInvariant(), seed.Commitment));
        Assert.False(DrawSeed.Verify(other.Hex, seed.Commitment));
        Assert.False(DrawSeed.Verify("not hex", seed.Commitment));
        Assert.False(DrawSeed.Verify(seed.Hex[..62], seed.Commitment));
    }

    [Fact]
    public void Create_Gives32FreshBytes_ThatRoundTripThroughHex()
    {
        var seed = DrawSeed.Create();

        Assert.Equal(64, seed.Hex.Length);
        Assert.Equal(seed.Hex, DrawSeed.FromHex(seed.Hex).Hex);
        Assert.NotEqual(seed.Hex, DrawSeed.Create().Hex);
    }

    [Fact]
    public void FromHex_RefusesAShortSeed() =>
        Assert.Throws<FormatException>(() => DrawSeed.FromHex("00ff"));
}

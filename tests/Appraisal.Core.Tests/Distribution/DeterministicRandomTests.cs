using Appraisal.Core.Distribution;

namespace Appraisal.Core.Tests.Distribution;

/// <summary>
/// Pins the generator forever: the expected values come from the few lines of Python in the
/// <see cref="DeterministicRandom"/> doc comment, not from this implementation.
/// </summary>
public sealed class DeterministicRandomTests
{
    private static readonly byte[] CountingSeed = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

    [Fact]
    public void CountingSeed_ProducesTheTestVector()
    {
        var random = new DeterministicRandom(CountingSeed, "test-vector");

        Assert.Equal([0xfcdf9859u, 0xfb28900au, 0x72c15943u], new[] { random.NextUInt32(), random.NextUInt32(), random.NextUInt32() });
        Assert.Equal([7, 7, 9, 3, 7, 3, 0, 0], Enumerable.Range(0, 8).Select(_ => random.NextInt(10)));
        var items = Enumerable.Range(0, 10).ToList();
        random.Shuffle(items);
        Assert.Equal([0, 6, 7, 2, 4, 5, 8, 1, 3, 9], items);
    }

    [Fact]
    public void NextInt_RejectsDrawsAboveTheLargestMultiple_InsteadOfReducingThem()
    {
        // n = 3·2^29, so words ≥ 3·2^30 are rejected: the stream's 4th word, 3385653209, must be skipped,
        // not reduced modulo n (which would give 164427737); the 5th word is used instead.
        var random = new DeterministicRandom(CountingSeed, "rejection");
        const int N = 3 << 29;

        var draws = Enumerable.Range(0, 4).Select(_ => random.NextInt(N));

        Assert.Equal([350281677, 1275908164, 525100678, 1559732570], draws);
    }

    [Fact]
    public void NextInt_WithALargeRange_IsNotBiasedTowardsLowValues()
    {
        // With n = 3·2^29, plain "x mod n" lands below 2^29 with probability 3/8; rejection gives exactly 1/3.
        var random = new DeterministicRandom(CountingSeed, "bias");
        const int N = 3 << 29;
        const int Draws = 30_000;

        var lowThird = Enumerable.Range(0, Draws).Count(_ => random.NextInt(N) < (1 << 29));

        Assert.InRange(lowThird / (double)Draws, 0.32, 0.345);
    }

    [Fact]
    public void NextInt_SmallRange_HitsEveryValueAboutEquallyOften()
    {
        var random = new DeterministicRandom(CountingSeed, "dice");
        var counts = new int[6];
        for (var i = 0; i < 60_000; i++)
        {
            counts[random.NextInt(6)]++;
        }

        // Chi-square with 5 degrees of freedom; 20.5 is the 0.1 % critical value.
        var chiSquare = counts.Sum(c => Math.Pow(c - 10_000, 2) / 10_000);
        Assert.True(chiSquare < 20.5, $"χ² = {chiSquare:0.0} for counts {string.Join(", ", counts)}");
    }

    [Fact]
    public void DifferentPurposes_GiveIndependentStreams()
    {
        var slips = new DeterministicRandom(CountingSeed, "shuffled-slips");
        var peers = new DeterministicRandom(CountingSeed, "balanced-peer");

        Assert.NotEqual(slips.NextUInt32(), peers.NextUInt32());
    }

    [Fact]
    public void NextInt_RejectsAnEmptyRange() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new DeterministicRandom(CountingSeed, "x").NextInt(0));
}

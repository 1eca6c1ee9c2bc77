using Appraisal.Core.Ballots;

namespace Appraisal.Core.Tests.Ballots;

public sealed class BallotCodeGenerationTests
{
    private const string Symbols = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    [Fact]
    public void Every_byte_value_maps_to_the_symbols_equally()
    {
        // 128 codes take 128 × 14 = 1792 = 7 × 256 bytes: each of the 256 byte values exactly 7 times.
        var random = FixedRandom.EveryByteValue();
        var counts = CountPayloadSymbols(Enumerable.Range(0, 128).Select(_ => BallotCode.Generate(random)));

        Assert.Equal(32, counts.Count);
        Assert.All(counts.Values, count => Assert.Equal(7 * 256 / 32, count));
    }

    [Fact]
    public void Generate_draws_every_symbol_from_the_given_byte_source()
    {
        var first = BallotCode.Generate(new FixedRandom(0x1F, 0x20, 0xFF, 0x85));
        var second = BallotCode.Generate(new FixedRandom(0x1F, 0x20, 0xFF, 0x85));

        Assert.Equal(first, second);
        Assert.StartsWith("Z0Z5Z0Z5Z0Z5Z0", first.Canonical, StringComparison.Ordinal);
    }

    [Fact]
    public void System_random_codes_use_the_symbols_evenly_and_never_repeat()
    {
        const int Codes = 20_000;
        var codes = Enumerable.Range(0, Codes).Select(_ => BallotCode.Generate()).ToList();
        var counts = CountPayloadSymbols(codes);
        var expected = Codes * BallotCode.PayloadLength / 32.0;
        var chiSquare = Symbols.Sum(s => Math.Pow(counts.GetValueOrDefault(s) - expected, 2) / expected);

        // 31 degrees of freedom: mean 31, standard deviation about 7.9. A bound of 110 is ten deviations out,
        // so a fair generator essentially never fails, while a missing symbol or a 4-bit draw fails by thousands.
        Assert.InRange(chiSquare, 0, 110);
        Assert.Equal(Codes, codes.Distinct().Count());
    }

    private static Dictionary<char, int> CountPayloadSymbols(IEnumerable<BallotCode> codes) =>
        codes.SelectMany(c => c.Canonical[..BallotCode.PayloadLength])
            .GroupBy(s => s)
            .ToDictionary(g => g.Key, g => g.Count());
}

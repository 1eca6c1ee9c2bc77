using Appraisal.PluginApi.Distribution;

namespace Appraisal.Core.Distribution;

/// <summary>
/// The print order of ballot slips (阳光测评): slips are handed out at random, so the printed order must say nothing
/// about the order codes were issued in.
/// </summary>
public static class ShuffledSlips
{
    /// <summary>
    /// The codes sorted ordinally (so the result depends only on the set of codes, never on issue order), then shuffled
    /// with the <c>"shuffled-slips"</c> stream of the seed.
    /// </summary>
    public static IReadOnlyList<string> Order(DrawSeed seed, IEnumerable<string> codes)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(codes);
        var slips = codes.Order(StringComparer.Ordinal).ToList();
        seed.RandomFor(DistributionStrategies.ShuffledSlips).Shuffle(slips);
        return slips;
    }
}

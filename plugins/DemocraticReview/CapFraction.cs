using System.Globalization;

namespace Appraisal.Plugins.DemocraticReview;

/// <summary>
/// The 优秀 cap as an exact fraction. "1/3" is kept as 1/3 rather than 0.333…: 30 × 0.3333 rounds down to 9,
/// while 一般不超过党员总数的 1/3 allows 10 of 30.
/// </summary>
internal readonly record struct CapFraction(long Numerator, long Denominator)
{
    /// <summary>
    /// The most members that may be 优秀 out of <paramref name="members"/>. "不超过 1/3" means at most a third,
    /// so the largest whole number not above it: rounded down (31 → 10, 2 → 0). DOMAIN gives no other
    /// rounding, and rounding up would let the cap be exceeded.
    /// </summary>
    public int CapOf(int members) => (int)(members * Numerator / Denominator);

    /// <summary>"a/b" with whole a ≥ 0 and b &gt; 0, or a decimal between 0 and 1 such as 0.25; null otherwise.</summary>
    public static CapFraction? Parse(string text)
    {
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash >= 0)
        {
            return long.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var numerator)
                && long.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var denominator)
                && denominator > 0 && numerator <= denominator && denominator <= 1_000_000
                    ? new CapFraction(numerator, denominator)
                    : null;
        }

        if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value > 1m)
        {
            return null;
        }

        // A decimal is scaled to a whole numerator over a power of ten, at most six places.
        var scale = Math.Min(value.Scale, (byte)6);
        var power = (long)Math.Pow(10, scale);
        var scaled = (long)decimal.Round(value * power);
        var common = (long)System.Numerics.BigInteger.GreatestCommonDivisor(scaled, power);
        return new CapFraction(scaled / common, power / common);
    }

    public override string ToString() => $"{Numerator}/{Denominator}";
}

namespace Appraisal.Core.Ballots;

/// <summary>
/// The check character of a ballot code: one extra symbol chosen so that the whole code, read as a polynomial
/// whose coefficients are the symbols' values in the field GF(32), vanishes at α, a generator of the field's
/// multiplicative group. This is Damm's check-digit scheme over the quasigroup x∘y = α·x + y (a one-symbol
/// Reed–Solomon check), and it is exact rather than probabilistic:
/// <list type="bullet">
/// <item>one symbol changed from x to y adds (x+y)·α^k ≠ 0, so every single-character error is caught;</item>
/// <item>two different symbols swapped at distance d add (x+y)·α^k·(α^d+1), which is non-zero because α^d ≠ 1
/// for 0 &lt; d &lt; 31, so every transposition inside a code shorter than 32 symbols is caught, adjacent or not,
/// including one that involves the check character itself.</item>
/// </list>
/// Two independent errors can still cancel, with odds of 1 in 32; that is the price of a single check symbol.
/// </summary>
internal static class BallotCodeCheck
{
    /// <summary>x⁵ + x² + 1, irreducible over GF(2); it defines GF(32) and, because 31 is prime, α = x generates it.</summary>
    private const int FieldPolynomial = 0b100101;

    /// <summary>The check symbol's value for the payload's symbol values.</summary>
    public static int Compute(ReadOnlySpan<int> payload) => TimesAlpha(Remainder(payload));

    /// <summary>True when a full code (payload then check symbol) vanishes at α.</summary>
    public static bool IsValid(ReadOnlySpan<int> code) => Remainder(code) == 0;

    /// <summary>Horner's rule: evaluates Σ v_i·α^(n−1−i). Addition in GF(32) is exclusive-or.</summary>
    private static int Remainder(ReadOnlySpan<int> values)
    {
        var remainder = 0;
        foreach (var value in values)
        {
            remainder = TimesAlpha(remainder) ^ value;
        }

        return remainder;
    }

    private static int TimesAlpha(int element)
    {
        var shifted = element << 1;
        return (shifted & 0b100000) != 0 ? shifted ^ FieldPolynomial : shifted;
    }
}

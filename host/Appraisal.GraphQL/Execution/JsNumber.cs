using System.Globalization;

namespace Appraisal.GraphQL.Execution;

/// <summary>
/// Formats a double as JavaScript's <c>Number.prototype.toString</c> does (shortest round-trip digits; plain
/// notation for 1e-7 &lt; |x| &lt; 1e21, otherwise <c>1.5e+21</c>), so responses match graphql-js byte for byte.
/// </summary>
internal static class JsNumber
{
    public static string Format(double value)
    {
        if (value == 0)
        {
            return "0";
        }

        // "E16" is not shortest; "R" is, but picks its own notation: take its digits and exponent apart.
        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = r[0] == '-';
        if (negative)
        {
            r = r[1..];
        }

        var exponentAt = r.IndexOf('E', StringComparison.Ordinal);
        var mantissa = exponentAt < 0 ? r : r[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(r[(exponentAt + 1)..], CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : mantissa.Remove(point, 1);
        var pointPosition = (point < 0 ? mantissa.Length : point) + exponent;
        var leadingZeros = 0;
        while (leadingZeros < digits.Length - 1 && digits[leadingZeros] == '0')
        {
            leadingZeros++;
        }

        digits = digits[leadingZeros..].TrimEnd('0');
        pointPosition -= leadingZeros;
        if (digits.Length == 0)
        {
            return "0";
        }

        // JavaScript: n is the decimal exponent such that value = 0.digits × 10^n.
        var n = pointPosition;
        string text;
        if (digits.Length <= n && n <= 21)
        {
            text = digits + new string('0', n - digits.Length);
        }
        else if (0 < n && n <= 21)
        {
            text = digits[..n] + "." + digits[n..];
        }
        else if (-6 < n && n <= 0)
        {
            text = "0." + new string('0', -n) + digits;
        }
        else
        {
            var e = n - 1;
            var sign = e < 0 ? "-" : "+";
            text = (digits.Length == 1 ? digits : digits[..1] + "." + digits[1..]) + "e" + sign + Math.Abs(e).ToString(CultureInfo.InvariantCulture);
        }

        return negative ? "-" + text : text;
    }
}

using System.Globalization;
using System.Text;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// Values a form field or a JSON string should survive: empty, blank, numbers out of range or in other scripts,
/// NUL and control characters, lone surrogates, markup, and strings from a few characters to several MB.
/// </summary>
internal static class NastyValues
{
    private static readonly string[] Fixed =
    [
        "", " ", "-1", "+0", "0x1", "1e3", "2147483648", "99999999999999999999", "1.5", "NaN", "٣", "１", " 1", "1 ",
        "\0", "\u0001\u001f", "\uD800", "\uDFFF\uD800", "\uFEFF0", "<script>alert(1)</script>", "'\"--", "%FF", "%",
        "null", "[]", "{}", "true", "\r\n\r\n", "q0", "优秀", "qualified", "\u202E0", "a\u0000b",
    ];

    public static string Pick(Random random) => random.Next(10) switch
    {
        0 => new string('9', random.Next(12, 3_000)), // the megabytes are Long's, asked for where a field is meant to hold text
        1 => random.Next().ToString(CultureInfo.InvariantCulture),
        2 => (-random.Next()).ToString(CultureInfo.InvariantCulture),
        3 => RandomChars(random, random.Next(1, 40)),
        _ => Fixed[random.Next(Fixed.Length)],
    };

    /// <summary>A long string: past the 500-character limits, now and then hundreds of KB, rarely megabytes.</summary>
    public static string Long(Random random)
    {
        var length = random.Next(1000) switch
        {
            < 2 => random.Next(1_000_000, 3_000_000),
            < 30 => random.Next(10_000, 100_000),
            _ => random.Next(400, 5_000),
        };
        return new string("长x\u4E00<&"[random.Next(5)], length);
    }

    /// <summary>Random UTF-16 units, lone surrogates and controls included.</summary>
    public static string RandomChars(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append((char)(random.Next(4) == 0 ? random.Next(0xD700, 0xE000) : random.Next(0, 0x3000)));
        }

        return text.ToString();
    }
}

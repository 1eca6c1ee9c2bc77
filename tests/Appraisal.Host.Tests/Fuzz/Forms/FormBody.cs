using System.Text;

namespace Appraisal.Host.Tests.Fuzz;

/// <summary>
/// Writes form fields as <c>application/x-www-form-urlencoded</c> bytes, by hand rather than with
/// FormUrlEncodedContent: that one refuses or repairs what the fuzz means to send (lone surrogates), and the
/// bytes are then broken further on purpose (invalid UTF-8, raw or percent-encoded).
/// </summary>
internal static class FormBody
{
    private static readonly string[] BadEscapes = ["%FF", "%FE%FF", "%C0%80", "%ED%A0%80", "%E4%B8", "%", "%G1", "%F4%90%80%80", "%00"];
    private const string Hex = "0123456789ABCDEF";
    private static readonly byte[][] BadBytes = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x00]];

    public static byte[] Encode(IEnumerable<KeyValuePair<string, string>> fields)
    {
        var text = new StringBuilder();
        foreach (var (name, value) in fields)
        {
            if (text.Length > 0)
            {
                text.Append('&');
            }

            text.Append(Escape(name)).Append('=').Append(Escape(value));
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>The body with invalid UTF-8 put in at random places: raw bytes, or escapes that decode to them.</summary>
    public static byte[] Corrupt(byte[] body, Random random)
    {
        var bytes = new List<byte>(body);
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var at = random.Next(bytes.Count + 1);
            bytes.InsertRange(at, random.Next(2) == 0
                ? BadBytes[random.Next(BadBytes.Length)]
                : Encoding.ASCII.GetBytes(BadEscapes[random.Next(BadEscapes.Length)]));
        }

        return [.. bytes];
    }

    /// <summary>Percent-encodes the text's UTF-8 (a lone surrogate becomes U+FFFD), as a form or a path segment.</summary>
    public static string Escape(string text)
    {
        // By a table, not byte.ToString("X2"): values run to megabytes, and this is most of making a case.
        var bytes = Encoding.UTF8.GetBytes(text);
        var escaped = new StringBuilder(bytes.Length * 3);
        foreach (var b in bytes)
        {
            if (b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'_' or (byte)'-')
            {
                escaped.Append((char)b);
            }
            else
            {
                escaped.Append('%').Append(Hex[b >> 4]).Append(Hex[b & 0xF]);
            }
        }

        return escaped.ToString();
    }
}

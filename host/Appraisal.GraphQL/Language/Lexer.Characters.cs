using System.Buffers;
using System.Globalization;
using System.Text;

namespace Appraisal.GraphQL.Language;

// Decoding and describing source characters.
// SourceCharacter :: "Any Unicode scalar value"
public ref partial struct Lexer
{
    /// <summary>
    /// Decodes the UTF-8 sequence at <paramref name="offset"/> and returns its length in bytes.
    /// <paramref name="codePoint"/> is -1 for malformed UTF-8. A UTF-8-style encoded surrogate (ED A0..BF xx)
    /// decodes to the surrogate itself, so that a lone surrogate in a .NET string (see
    /// <see cref="SourceText.Encode"/>) is reported the way graphql-js reports it.
    /// </summary>
    private readonly int DecodeCodePoint(int offset, out int codePoint)
    {
        var rest = _source[offset..];
        if (rest.Length >= 3 && rest[0] == 0xED && rest[1] is >= 0xA0 and <= 0xBF && rest[2] is >= 0x80 and <= 0xBF)
        {
            codePoint = 0xD000 | ((rest[1] & 0x3F) << 6) | (rest[2] & 0x3F);
            return 3;
        }

        if (Rune.DecodeFromUtf8(rest, out var rune, out var consumed) == OperationStatus.Done)
        {
            codePoint = rune.Value;
            return consumed;
        }

        codePoint = -1;
        return Math.Max(consumed, 1);
    }

    private static bool IsScalarValue(int codePoint) =>
        codePoint is (>= 0 and <= 0xD7FF) or (>= 0xE000 and <= 0x10FFFF);

    /// <summary>
    /// The character at <paramref name="offset"/> as graphql-js prints it in messages: <c>"a"</c> for
    /// printable ASCII (<c>'"'</c> for a quote), <c>U+0007</c> otherwise, <c>&lt;EOF&gt;</c> past the end.
    /// Malformed UTF-8, which graphql-js never sees, is shown as its first byte.
    /// </summary>
    private readonly string DescribeCharAt(int offset)
    {
        if (offset >= _source.Length)
        {
            return "<EOF>";
        }

        var code = _source[offset];
        if (code < 0x80)
        {
            if (code is >= 0x20 and <= 0x7E)
            {
                return code == '"' ? "'\"'" : $"\"{(char)code}\"";
            }

            return FormatCodePoint(code);
        }

        DecodeCodePoint(offset, out var codePoint);
        return codePoint < 0
            ? string.Create(CultureInfo.InvariantCulture, $"0x{code:X2} (invalid UTF-8)")
            : FormatCodePoint(codePoint);
    }

    private static string FormatCodePoint(int codePoint) =>
        string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}");

    /// <summary>The error for a character that cannot start a token.</summary>
    private readonly GraphQLSyntaxException UnexpectedCharacter(int offset)
    {
        var code = _source[offset];
        if (code == '\'')
        {
            return Error(offset, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var codePoint = (int)code;
        if (code >= 0x80)
        {
            DecodeCodePoint(offset, out codePoint);
        }

        return IsScalarValue(codePoint)
            ? Error(offset, $"Unexpected character: {DescribeCharAt(offset)}.")
            : Error(offset, $"Invalid character: {DescribeCharAt(offset)}.");
    }

    /// <summary>
    /// Up to <paramref name="length"/> UTF-16 code units of source text from <paramref name="offset"/>,
    /// for messages that quote the source (graphql-js slices its UTF-16 string the same way).
    /// </summary>
    private readonly string QuoteSource(int offset, int length)
    {
        var end = offset;
        var units = 0;
        while (units < length && end < _source.Length)
        {
            if (_source[end] < 0x80)
            {
                end++;
                units++;
                continue;
            }

            end += DecodeCodePoint(end, out var codePoint);
            units += codePoint >= 0x10000 ? 2 : 1;
        }

        return Encoding.UTF8.GetString(_source[offset..end]);
    }
}

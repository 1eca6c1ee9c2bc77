using System.Buffers;

namespace Appraisal.GraphQL.Language;

// StringValue: quoted strings, escapes and block strings. The lexer only validates here; the value is
// decoded by GetValue() when the parser needs it.
public ref partial struct Lexer
{
    private static readonly SearchValues<byte> StringStops = SearchValues.Create(StopBytes());

    /// <summary>
    /// <code>
    /// StringValue ::
    ///   - `""` [lookahead != `"`]
    ///   - `"` StringCharacter+ `"`
    /// StringCharacter ::
    ///   - SourceCharacter but not `"` or `\` or LineTerminator
    ///   - `\u` EscapedUnicode
    ///   - `\` EscapedCharacter
    /// </code>
    /// </summary>
    private TokenKind ReadString(int start)
    {
        BeginToken(start);
        var position = start + 1;
        while (true)
        {
            var next = _source[position..].IndexOfAny(StringStops);
            if (next < 0)
            {
                position = _source.Length;
                break;
            }

            position += next;
            var code = _source[position];
            if (code == '"')
            {
                return FinishToken(TokenKind.String, position + 1);
            }

            if (code == '\\')
            {
                position += ReadEscape(position);
                continue;
            }

            if (code is (byte)'\n' or (byte)'\r')
            {
                break;
            }

            position += ReadNonAsciiInString(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>
    /// <code>
    /// BlockString :: `"""` BlockStringCharacter* `"""`
    /// BlockStringCharacter ::
    ///   - SourceCharacter but not `"""` or `\"""`
    ///   - `\"""`
    /// </code>
    /// </summary>
    private TokenKind ReadBlockString(int start)
    {
        BeginToken(start);
        var position = start + 3;
        while (true)
        {
            var next = _source[position..].IndexOfAny(StringStops);
            if (next < 0)
            {
                position = _source.Length;
                break;
            }

            position += next;
            switch (_source[position])
            {
                case (byte)'"':
                    if (PeekAt(position + 1) == '"' && PeekAt(position + 2) == '"')
                    {
                        return FinishToken(TokenKind.BlockString, position + 3);
                    }

                    position++;
                    break;
                case (byte)'\\':
                    position += _source[(position + 1)..].StartsWith("\"\"\""u8) ? 4 : 1;
                    break;
                case (byte)'\n':
                    StartLine(++position);
                    break;
                case (byte)'\r':
                    position += PeekAt(position + 1) == '\n' ? 2 : 1;
                    StartLine(position);
                    break;
                default:
                    position += ReadNonAsciiInString(position);
                    break;
            }
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Validates the escape sequence at <paramref name="offset"/>; returns its length in bytes.</summary>
    private readonly int ReadEscape(int offset)
    {
        if (DecodeEscape(_source, offset, out var size) >= 0)
        {
            return size;
        }

        var kind = PeekAt(offset + 1) == 'u' ? "Invalid Unicode escape sequence" : "Invalid character escape sequence";
        throw Error(offset, $"{kind}: \"{QuoteSource(offset, size)}\".");
    }

    /// <summary>Validates the multi-byte character at <paramref name="offset"/>; returns its length in bytes.</summary>
    private int ReadNonAsciiInString(int offset)
    {
        var size = DecodeCodePoint(offset, out var codePoint);
        if (!IsScalarValue(codePoint))
        {
            throw Error(offset, $"Invalid character within String: {DescribeCharAt(offset)}.");
        }

        CountMultiByte(size, codePoint);
        return size;
    }

    /// <summary>
    /// Decodes the escape sequence starting with the backslash at <paramref name="offset"/>. Returns the
    /// code point and its length in <paramref name="size"/>; or -1 for an invalid sequence, with
    /// <paramref name="size"/> the number of characters graphql-js quotes in its message. A surrogate pair
    /// written as two <c>\uXXXX</c> escapes decodes to one code point; a lone surrogate is invalid.
    /// <code>
    /// EscapedUnicode ::
    ///   - `{` HexDigit+ `}`
    ///   - HexDigit HexDigit HexDigit HexDigit
    /// EscapedCharacter :: one of `"` `\` `/` `b` `f` `n` `r` `t`
    /// </code>
    /// </summary>
    internal static int DecodeEscape(ReadOnlySpan<byte> source, int offset, out int size)
    {
        size = 2;
        switch (ByteAt(source, offset + 1))
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                return ByteAt(source, offset + 2) == '{'
                    ? DecodeVariableWidthEscape(source, offset, out size)
                    : DecodeFixedWidthEscape(source, offset, out size);
            default: return -1;
        }
    }

    /// <summary><c>\u{1F600}</c>: one to eight hex digits naming a Unicode scalar value.</summary>
    private static int DecodeVariableWidthEscape(ReadOnlySpan<byte> source, int offset, out int size)
    {
        var point = 0;
        size = 3;
        while (size < 12)
        {
            var code = ByteAt(source, offset + size++);
            if (code == '}')
            {
                if (size < 5 || !IsScalarValue(point))
                {
                    break;
                }

                return point;
            }

            point = (point << 4) | HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        return -1;
    }

    /// <summary><c>\u00E9</c>, or a surrogate pair <c>\uD83D\uDE00</c>.</summary>
    private static int DecodeFixedWidthEscape(ReadOnlySpan<byte> source, int offset, out int size)
    {
        size = 6;
        var code = Read16BitHex(source, offset + 2);
        if (IsScalarValue(code))
        {
            return code;
        }

        if (code is >= 0xD800 and <= 0xDBFF
            && ByteAt(source, offset + 6) == '\\'
            && ByteAt(source, offset + 7) == 'u')
        {
            var trailing = Read16BitHex(source, offset + 8);
            if (trailing is >= 0xDC00 and <= 0xDFFF)
            {
                size = 12;
                return 0x10000 + ((code - 0xD800) << 10) + (trailing - 0xDC00);
            }
        }

        return -1;
    }

    /// <summary>Four hex digits as a number, or a negative number if one of them is not a hex digit.</summary>
    private static int Read16BitHex(ReadOnlySpan<byte> source, int offset) =>
        (HexValue(ByteAt(source, offset)) << 12)
        | (HexValue(ByteAt(source, offset + 1)) << 8)
        | (HexValue(ByteAt(source, offset + 2)) << 4)
        | HexValue(ByteAt(source, offset + 3));

    private static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static int ByteAt(ReadOnlySpan<byte> source, int offset) =>
        (uint)offset < (uint)source.Length ? source[offset] : -1;

    /// <summary>Where a string scan must stop and look: quote, backslash, line terminator, non-ASCII.</summary>
    private static byte[] StopBytes()
    {
        var bytes = new List<byte> { (byte)'"', (byte)'\\', (byte)'\n', (byte)'\r' };
        for (var b = 0x80; b <= 0xFF; b++)
        {
            bytes.Add((byte)b);
        }

        return [.. bytes];
    }
}

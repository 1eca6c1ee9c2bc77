using System.Buffers;
using System.Text;

namespace Appraisal.GraphQL.Language;

/// <summary>Conversions between .NET strings, UTF-8 source bytes and line/column positions.</summary>
internal static class SourceText
{
    /// <summary>
    /// Encodes <paramref name="source"/> as UTF-8, once. A lone surrogate (which
    /// <see cref="Encoding.UTF8"/> would silently turn into U+FFFD) is encoded as its three-byte
    /// UTF-8-style form, so the lexer can reject it with graphql-js's message.
    /// </summary>
    public static byte[] Encode(string source)
    {
        if (!HasLoneSurrogate(source))
        {
            return Encoding.UTF8.GetBytes(source);
        }

        var bytes = new List<byte>(source.Length + 16);
        Span<byte> buffer = stackalloc byte[4];
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsHighSurrogate(c) && i + 1 < source.Length && char.IsLowSurrogate(source[i + 1]))
            {
                var length = new Rune(c, source[++i]).EncodeToUtf8(buffer);
                bytes.AddRange(buffer[..length]);
            }
            else if (char.IsSurrogate(c))
            {
                bytes.Add((byte)(0xE0 | (c >> 12)));
                bytes.Add((byte)(0x80 | ((c >> 6) & 0x3F)));
                bytes.Add((byte)(0x80 | (c & 0x3F)));
            }
            else
            {
                var length = new Rune(c).EncodeToUtf8(buffer);
                bytes.AddRange(buffer[..length]);
            }
        }

        return [.. bytes];
    }

    /// <summary>
    /// Encodes <paramref name="source"/> like <see cref="Encode"/>, into an array rented from
    /// <see cref="ArrayPool{T}.Shared"/> (syntax nodes never keep the source, so it can go back once parsed).
    /// </summary>
    public static byte[] RentUtf8(string source, out int length)
    {
        if (HasLoneSurrogate(source))
        {
            var encoded = Encode(source);
            var copy = ArrayPool<byte>.Shared.Rent(encoded.Length);
            encoded.CopyTo(copy, 0);
            length = encoded.Length;
            return copy;
        }

        var rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(source));
        length = Encoding.UTF8.GetBytes(source, rented);
        return rented;
    }

    private static bool HasLoneSurrogate(string source)
    {
        var span = source.AsSpan();
        var i = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return false;
        }

        for (; i < span.Length; i++)
        {
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(span[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The 1-based line and column of <paramref name="offset"/>; the column counts UTF-16 code units,
    /// as graphql-js does. Linear in the offset: used for errors only.
    /// </summary>
    public static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> source, int offset)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(offset, source.Length);
        for (var i = 0; i < end; i++)
        {
            if (source[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (source[i] == '\r')
            {
                if (i + 1 < end && source[i + 1] == '\n')
                {
                    i++;
                }

                line++;
                lineStart = i + 1;
            }
        }

        return (line, 1 + Utf16Length(source[lineStart..end]) + Math.Max(0, offset - end));
    }

    private static int Utf16Length(ReadOnlySpan<byte> utf8)
    {
        var length = 0;
        foreach (var b in utf8)
        {
            // Every byte but a continuation byte starts a code point; a 4-byte sequence is two UTF-16 units.
            if ((b & 0xC0) != 0x80)
            {
                length += b >= 0xF0 ? 2 : 1;
            }
        }

        return length;
    }
}

using System.Buffers;
using System.Text;

namespace Appraisal.GraphQL.Language;

/// <summary>Turns the already validated contents of a quoted string into its value.</summary>
internal static class StringValueDecoder
{
    private const int StackLimit = 256;

    /// <summary>Decodes the bytes between the quotes, resolving escape sequences.</summary>
    public static string Decode(ReadOnlySpan<byte> content)
    {
        var next = content.IndexOf((byte)'\\');
        if (next < 0)
        {
            return Encoding.UTF8.GetString(content);
        }

        // A value never has more UTF-16 code units than its source has UTF-8 bytes.
        char[]? rented = null;
        var buffer = content.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(content.Length));

        var written = 0;
        var position = 0;
        while (next >= 0)
        {
            written += Encoding.UTF8.GetChars(content.Slice(position, next), buffer[written..]);
            position += next;
            var codePoint = Lexer.DecodeEscape(content, position, out var size);
            written += new Rune(codePoint).EncodeToUtf16(buffer[written..]);
            position += size;
            next = content[position..].IndexOf((byte)'\\');
        }

        written += Encoding.UTF8.GetChars(content[position..], buffer[written..]);
        var value = new string(buffer[..written]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }
}

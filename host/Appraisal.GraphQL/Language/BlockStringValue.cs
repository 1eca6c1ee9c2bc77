using System.Buffers;
using System.Text;

namespace Appraisal.GraphQL.Language;

/// <summary>
/// Implements BlockStringValue() from the spec section "String Value": the value of a block string is its
/// raw text with <c>\"""</c> unescaped, the common indentation of all lines but the first removed, and
/// blank leading and trailing lines dropped.
/// </summary>
internal static class BlockStringValue
{
    private const int StackLimit = 256;

    /// <summary>The value of a block string whose raw bytes (between the triple quotes) are <paramref name="raw"/>.</summary>
    public static string FromRaw(ReadOnlySpan<byte> raw)
    {
        char[]? rented = null;
        var buffer = raw.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(raw.Length));

        var length = Encoding.UTF8.GetChars(raw, buffer);
        length = Unescape(buffer[..length]);
        length = Dedent(buffer[..length]);
        var value = new string(buffer[..length]);
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return value;
    }

    /// <summary>Replaces each <c>\"""</c> with <c>"""</c> in place; returns the new length.</summary>
    private static int Unescape(Span<char> text)
    {
        var next = text.IndexOf("\\\"\"\"");
        if (next < 0)
        {
            return text.Length;
        }

        var written = 0;
        var position = 0;
        while (next >= 0)
        {
            text.Slice(position, next).CopyTo(text[written..]);
            written += next;
            position += next + 1; // drop the backslash, keep the quotes
            next = text[(position + 3)..].IndexOf("\\\"\"\"");
            next = next < 0 ? -1 : next + 3;
        }

        text[position..].CopyTo(text[written..]);
        return written + text.Length - position;
    }

    /// <summary>
    /// Removes the common indentation and the blank first and last lines, in place; lines are joined with
    /// <c>\n</c> whatever terminated them. Returns the new length.
    /// </summary>
    private static int Dedent(Span<char> text)
    {
        var commonIndent = int.MaxValue;
        var firstNonBlank = -1;
        var lastNonBlank = -1;
        var lineIndex = 0;
        for (var start = 0; start >= 0; start = NextLine(text, start), lineIndex++)
        {
            var line = Line(text, start);
            var indent = LeadingWhitespace(line);
            if (indent == line.Length)
            {
                continue;
            }

            if (firstNonBlank < 0)
            {
                firstNonBlank = lineIndex;
            }

            lastNonBlank = lineIndex;
            if (lineIndex != 0 && indent < commonIndent)
            {
                commonIndent = indent;
            }
        }

        // Every line written is no longer than its source and sits no later, so copying in place is safe.
        var written = 0;
        lineIndex = 0;
        for (var start = 0; start >= 0 && lineIndex <= lastNonBlank; start = NextLine(text, start), lineIndex++)
        {
            if (lineIndex < firstNonBlank)
            {
                continue;
            }

            var line = Line(text, start);
            if (lineIndex != 0)
            {
                line = line[Math.Min(commonIndent, line.Length)..];
            }

            if (lineIndex != firstNonBlank)
            {
                text[written++] = '\n';
            }

            line.CopyTo(text[written..]);
            written += line.Length;
        }

        return written;
    }

    private static Span<char> Line(Span<char> text, int start)
    {
        var end = text[start..].IndexOfAny('\n', '\r');
        return end < 0 ? text[start..] : text.Slice(start, end);
    }

    /// <summary>The start of the line after the one starting at <paramref name="start"/>, or -1.</summary>
    private static int NextLine(Span<char> text, int start)
    {
        var end = text[start..].IndexOfAny('\n', '\r');
        if (end < 0)
        {
            return -1;
        }

        end += start;
        return text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
    }

    private static int LeadingWhitespace(ReadOnlySpan<char> line)
    {
        var indent = line.IndexOfAnyExcept(' ', '\t');
        return indent < 0 ? line.Length : indent;
    }
}

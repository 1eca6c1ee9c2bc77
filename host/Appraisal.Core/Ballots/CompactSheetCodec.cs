using System.Buffers;
using System.Text;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Ballots;

/// <summary>
/// The compact stored form of a ballot sheet (format 1), numbered by the campaign's <see cref="SheetKeys"/> instead
/// of spelling every key: about a tenth of the JSON's bytes, and readable without a parser, which is what lets a
/// tally of a million sheets count them in a second. It stores exactly what the JSON form stores; the digest of a
/// sheet is still taken over its canonical JSON (<see cref="SheetStorage"/>).
/// </summary>
/// <remarks>
/// <code>
/// sheet   = 0x00 0x01 section*                         (a JSON sheet never starts with 0x00)
/// section = varint(subject) varint(byte length) answer*  subject 0: per-ballot answers; n: the subject numbered n − 1
/// answer  = varint(item) varint(options × 2 + has text) varint(option)* [varint(text byte length) text as UTF-8]
/// </code>
/// Varints are unsigned LEB128 in their shortest spelling. Sections come in ascending subject order and answers in
/// ascending item order within a section, so, like the JSON form, the same answers always give the same bytes; and
/// since one section holds everything a sheet says about one subject, equal sections mean equal answers, which the
/// tally counts without decoding them (<see cref="TryNextSection"/>). Option keys keep the order given, as in JSON.
/// </remarks>
public static class CompactSheetCodec
{
    /// <summary>The first two bytes of a compact sheet: a zero no JSON text starts with, then the format number.</summary>
    public static ReadOnlySpan<byte> Marker => [0x00, 0x01];

    /// <summary>Strict UTF-8: a lone surrogate cannot be stored and invalid bytes are an error, never U+FFFD.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Whether <paramref name="stored"/> is in this format rather than JSON.</summary>
    public static bool IsCompact(ReadOnlySpan<byte> stored) => stored.StartsWith(Marker);

    /// <summary>
    /// The compact form of <paramref name="answers"/>, or null when one of them names an item, subject or option the
    /// numbering does not have, or is not storable at all (a null, a duplicate, text that is not valid UTF-16): the
    /// JSON form, which needs no numbering, then stores it or refuses it with its own message.
    /// </summary>
    public static byte[]? TryEncode(IReadOnlyList<Answer> answers, SheetKeys keys)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(keys);
        var numbered = new (int Subject, int Item, Answer Answer)[answers.Count];
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] is not { ItemKey: { } itemKey } answer || !keys.TryItem(itemKey, out var item))
            {
                return null;
            }

            var subject = 0;
            if (answer.SubjectId is { } subjectId)
            {
                if (!keys.TrySubject(subjectId, out subject))
                {
                    return null;
                }

                subject++;
            }

            numbered[i] = (subject, item, answer);
        }

        Array.Sort(numbered, static (x, y) => x.Subject != y.Subject ? x.Subject.CompareTo(y.Subject) : x.Item.CompareTo(y.Item));
        var sheet = new ArrayBufferWriter<byte>(2 + (answers.Count * 4));
        sheet.Write(Marker);
        var body = new ArrayBufferWriter<byte>(64);
        for (var start = 0; start < numbered.Length;)
        {
            var subject = numbered[start].Subject;
            body.ResetWrittenCount();
            var end = start;
            for (; end < numbered.Length && numbered[end].Subject == subject; end++)
            {
                if (end > start && numbered[end].Item == numbered[end - 1].Item)
                {
                    return null;
                }

                if (!TryWriteAnswer(body, numbered[end].Item, numbered[end].Answer, keys))
                {
                    return null;
                }
            }

            WriteVarint(sheet, (uint)subject);
            WriteVarint(sheet, (uint)body.WrittenCount);
            sheet.Write(body.WrittenSpan);
            start = end;
        }

        return sheet.WrittenSpan.ToArray();
    }

    /// <summary>Reads a compact sheet back into answers, keys shared through <paramref name="pool"/> as the JSON decoder shares them.</summary>
    /// <exception cref="FormatException">The bytes are not a compact sheet of this numbering; the message says where and why.</exception>
    public static IReadOnlyList<Answer> Decode(ReadOnlySpan<byte> stored, SheetKeys keys, StringPool? pool = null)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (!IsCompact(stored))
        {
            throw new FormatException("A compact ballot sheet must start with the bytes 00 01.");
        }

        var answers = new List<Answer>();
        var at = Marker.Length;
        var previous = -1;
        while (at < stored.Length)
        {
            if (!TryNextSection(stored, ref at, out var subject, out var section))
            {
                throw new FormatException($"A compact ballot sheet has a malformed section header at byte {at}.");
            }

            if (subject <= previous || section.IsEmpty)
            {
                throw new FormatException($"A compact ballot sheet repeats, misorders or leaves empty the section of subject number {subject}.");
            }

            previous = subject;
            DecodeSection(section, subject, keys, pool, answers);
        }

        return answers.Count == 0 ? [] : answers.ToArray();
    }

    /// <summary>
    /// The section starting at <paramref name="at"/>: its subject number (0 for the per-ballot answers) and its answers'
    /// bytes, which are equal exactly when the answers are; moves <paramref name="at"/> past it. False when the header
    /// is malformed or the section runs past the end.
    /// </summary>
    public static bool TryNextSection(ReadOnlySpan<byte> sheet, ref int at, out int subject, out ReadOnlySpan<byte> answers)
    {
        answers = default;
        var next = at;
        if (!TryReadVarint(sheet, ref next, out subject) || !TryReadVarint(sheet, ref next, out var length) || length > sheet.Length - next)
        {
            return false;
        }

        answers = sheet.Slice(next, length);
        at = next + length;
        return true;
    }

    /// <summary>Appends the answers of one section (see <see cref="TryNextSection"/>) to <paramref name="answers"/>.</summary>
    /// <exception cref="FormatException">A number is out of the numbering's range, the items are not ascending, or text is not UTF-8.</exception>
    public static void DecodeSection(ReadOnlySpan<byte> section, int subject, SheetKeys keys, StringPool? pool, List<Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(answers);
        if (subject > keys.SubjectCount)
        {
            throw new FormatException($"A compact ballot sheet names subject number {subject}, but the campaign has {keys.SubjectCount}.");
        }

        var subjectId = subject == 0 ? null : keys.Subject(subject - 1);
        var at = 0;
        var previousItem = -1;
        while (at < section.Length)
        {
            if (!TryReadVarint(section, ref at, out var item) || item >= keys.ItemCount || item <= previousItem)
            {
                throw new FormatException($"A compact ballot sheet names an unknown or misordered item near byte {at} of a section.");
            }

            previousItem = item;
            if (!TryReadVarint(section, ref at, out var shape) || (shape >> 1) > keys.OptionCount(item))
            {
                throw new FormatException($"A compact ballot sheet gives item '{keys.Item(item)}' more options than its scale has.");
            }

            var options = new string[shape >> 1];
            for (var o = 0; o < options.Length; o++)
            {
                if (!TryReadVarint(section, ref at, out var option) || option >= keys.OptionCount(item))
                {
                    throw new FormatException($"A compact ballot sheet names an unknown option of item '{keys.Item(item)}'.");
                }

                options[o] = keys.Option(item, option);
            }

            string? text = null;
            if ((shape & 1) == 1)
            {
                if (!TryReadVarint(section, ref at, out var length) || length > section.Length - at)
                {
                    throw new FormatException($"A compact ballot sheet's text for item '{keys.Item(item)}' runs past its section.");
                }

                text = Text(section.Slice(at, length));
                at += length;
            }

            answers.Add(pool is not null && text is null && options.Length <= 1
                ? pool.GetOrAddAnswer(keys.Item(item), subjectId, options.Length == 0 ? null : options[0])
                : new Answer(keys.Item(item), subjectId, options, text));
        }
    }

    private static bool TryWriteAnswer(ArrayBufferWriter<byte> body, int item, Answer answer, SheetKeys keys)
    {
        var options = answer.OptionKeys ?? [];
        WriteVarint(body, (uint)item);
        WriteVarint(body, ((uint)options.Count << 1) | (answer.Text is null ? 0u : 1u));
        foreach (var key in options)
        {
            if (key is null || !keys.TryOption(item, key, out var option))
            {
                return false;
            }

            WriteVarint(body, (uint)option);
        }

        if (answer.Text is { } text)
        {
            byte[] utf8;
            try
            {
                utf8 = StrictUtf8.GetBytes(text);
            }
            catch (EncoderFallbackException)
            {
                return false;
            }

            WriteVarint(body, (uint)utf8.Length);
            body.Write(utf8);
        }

        return true;
    }

    private static string Text(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return StrictUtf8.GetString(utf8);
        }
        catch (DecoderFallbackException e)
        {
            throw new FormatException($"A compact ballot sheet holds text that is not valid UTF-8: {e.Message}", e);
        }
    }

    private static void WriteVarint(ArrayBufferWriter<byte> writer, uint value)
    {
        var span = writer.GetSpan(5);
        var length = 0;
        while (value >= 0x80)
        {
            span[length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[length++] = (byte)value;
        writer.Advance(length);
    }

    /// <summary>The number at <paramref name="at"/> inside a section, for readers that walk one without decoding it.</summary>
    public static bool TryNextNumber(ReadOnlySpan<byte> section, ref int at, out int value) => TryReadVarint(section, ref at, out value);

    /// <summary>An unsigned LEB128 number below 2^31 in its shortest spelling (so one number has one spelling).</summary>
    private static bool TryReadVarint(ReadOnlySpan<byte> bytes, ref int at, out int value)
    {
        value = 0;
        for (var shift = 0; shift < 35 && at < bytes.Length; shift += 7)
        {
            var b = bytes[at++];
            value |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                return (b != 0 || shift == 0) && value >= 0 && (shift < 28 || b < 0x08);
            }
        }

        return false;
    }
}

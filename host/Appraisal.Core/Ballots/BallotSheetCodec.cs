using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Ballots;

/// <summary>
/// The stored form of a ballot's answers (the 票面): compact UTF-8 JSON, an array with one array per answer,
/// <c>[["itemKey","subjectId"|null,["optionKey",…],"text"|null],…]</c>. The rater group is stored beside it,
/// not in it. Positional arrays instead of objects keep a sheet of half a dozen answers near a hundred bytes
/// and make it fast to read back, which matters because a tally decodes every sheet of a campaign.
/// </summary>
/// <remarks>
/// <para>The encoding is canonical: the same answers give the same bytes whatever order they were submitted in,
/// so equal ballots store equally and <see cref="Digest"/> can fingerprint the bytes. Answers are sorted
/// ordinally by item key and then by subject id, a null subject first. Option keys keep the order given: the
/// validator has made them distinct, and for a checklist the order ticked is the rater's own and costs nothing
/// to keep; callers who need an order-free comparison compare the lists as sets.</para>
/// <para>Strings are written with <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>, so Chinese text
/// is stored as UTF-8 (three bytes a character) rather than as <c>\uXXXX</c> escapes (six). "Unsafe" refers to
/// HTML: the encoder leaves characters such as <c>&lt;</c> and <c>&amp;</c> unescaped, which is harmless here
/// because these bytes are storage, read back only by <see cref="Decode"/> and never embedded in a page.
/// Quotes, backslashes and control characters are still escaped, so the output is always valid JSON. The
/// encoder is fixed, so the canonical bytes of given answers never change.</para>
/// </remarks>
public static class BallotSheetCodec
{
    /// <summary>The prefix of the digest's input; a new encoding must change it.</summary>
    private static ReadOnlySpan<byte> DigestDomain => "appraisal.ballot.v1\n"u8;

    /// <summary>Strict UTF-8 for free text read without the JSON reader: invalid bytes are an error, never U+FFFD.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    // Reused by Decode on each thread, so reading a sheet allocates only what it returns.
    [ThreadStatic]
    private static List<Answer>? t_answers;

    [ThreadStatic]
    private static List<string>? t_options;

    /// <summary>The canonical stored form of <paramref name="answers"/>, which should have passed <see cref="AnswerValidator"/>.</summary>
    /// <exception cref="ArgumentException">An answer or option key is null, a string is not valid UTF-16 (a lone
    /// surrogate, which the JSON writer would silently replace), or two answers are for the same item and
    /// subject (the order between them, and so the encoding, would not be canonical).</exception>
    public static byte[] Encode(IReadOnlyList<Answer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var sorted = new Answer[answers.Count];
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = answers[i] ?? throw new ArgumentException($"Answer {i} is null.", nameof(answers));
            if (sorted[i].ItemKey is null)
            {
                throw new ArgumentException($"Answer {i} has no item key.", nameof(answers));
            }
        }

        Array.Sort(sorted, CompareCells);
        for (var i = 1; i < sorted.Length; i++)
        {
            if (CompareCells(sorted[i - 1], sorted[i]) == 0)
            {
                throw new ArgumentException(
                    $"Item '{sorted[i].ItemKey}' is answered twice for subject '{sorted[i].SubjectId}'.", nameof(answers));
            }
        }

        var buffer = new ArrayBufferWriter<byte>(16 + (sorted.Length * 48));
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            foreach (var answer in sorted)
            {
                writer.WriteStartArray();
                WriteString(writer, answer.ItemKey);
                WriteString(writer, answer.SubjectId);
                writer.WriteStartArray();
                foreach (var option in answer.OptionKeys ?? [])
                {
                    WriteString(writer, option ?? throw new ArgumentException(
                        $"Item '{answer.ItemKey}' has a null option key.", nameof(answers)));
                }

                writer.WriteEndArray();
                WriteString(writer, answer.Text);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a stored sheet back into answers.</summary>
    /// <param name="utf8">The bytes <see cref="Encode"/> produced. Answers in another order are accepted too.</param>
    /// <param name="pool">Interns item keys, subject ids and option keys (not free text), so decoding many
    /// sheets with one pool keeps one copy of each key, and shares the answers without text and with at most one
    /// option (<see cref="StringPool.GetOrAddAnswer"/>), so they must not be changed; null decodes everything afresh.</param>
    /// <exception cref="FormatException">The bytes are not a ballot sheet; the message says where and why.</exception>
    public static IReadOnlyList<Answer> Decode(ReadOnlySpan<byte> utf8, StringPool? pool = null)
    {
        var answers = t_answers ??= new List<Answer>(8);
        var options = t_options ??= new List<string>(8);
        answers.Clear();
        if (pool is not null && TryDecodeCanonical(utf8, pool, answers, options))
        {
            return Finish(answers);
        }

        answers.Clear();
        try
        {
            var reader = new Utf8JsonReader(utf8);
            Expect(ref reader, JsonTokenType.StartArray, "a ballot sheet to start with '['");
            while (Next(ref reader, "another answer or the closing ']'") != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw Malformed(ref reader, $"answer {answers.Count} to be an array [item, subject, options, text]");
                }

                Expect(ref reader, JsonTokenType.String, "an item key");
                var itemKey = ReadKey(ref reader, pool);
                var subjectId = Next(ref reader, "a subject id or null") switch
                {
                    JsonTokenType.String => ReadKey(ref reader, pool),
                    JsonTokenType.Null => null,
                    _ => throw Malformed(ref reader, "a subject id or null"),
                };

                Expect(ref reader, JsonTokenType.StartArray, "an array of option keys");
                options.Clear();
                while (Next(ref reader, "an option key or ']'") == JsonTokenType.String)
                {
                    options.Add(ReadKey(ref reader, pool));
                }

                if (reader.TokenType != JsonTokenType.EndArray)
                {
                    throw Malformed(ref reader, "an option key or ']'");
                }

                var text = Next(ref reader, "text or null") switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Null => null,
                    _ => throw Malformed(ref reader, "text or null"),
                };

                Expect(ref reader, JsonTokenType.EndArray, "the end of the answer after four elements");
                answers.Add(pool is not null && text is null && options.Count <= 1
                    ? pool.GetOrAddAnswer(itemKey, subjectId, options.Count == 0 ? null : options[0])
                    : new Answer(itemKey, subjectId, options.Count == 0 ? [] : options.ToArray(), text));
            }

            if (reader.Read())
            {
                throw Malformed(ref reader, "nothing after the closing ']'");
            }
        }
        catch (JsonException e)
        {
            throw new FormatException($"A ballot sheet is not well-formed JSON: {e.Message}", e);
        }
        catch (InvalidOperationException e)
        {
            // The reader's GetString and CopyString: invalid UTF-8, or an escaped lone surrogate.
            throw NotUnicode(e);
        }
        catch (ArgumentException e)
        {
            // The pool's strict UTF-8 decoding of a key it has not seen before.
            throw NotUnicode(e);
        }

        return Finish(answers);
    }

    /// <summary>
    /// The SHA-256 fingerprint of a stored ballot: its rater group and its canonical answer bytes. The hashed
    /// input is <c>"appraisal.ballot.v1\n"</c>, the group's UTF-8 length in decimal, <c>"\n"</c>, the group's
    /// UTF-8 bytes, <c>"\n"</c>, then <paramref name="encodedAnswers"/>. The leading tag keeps these digests
    /// apart from any other SHA-256 the system computes (a ballot digest cannot equal the hash of a code or a
    /// query) and names the encoding version; the length prefix makes the split between group and answers
    /// unambiguous even if a group key contained a line feed.
    /// </summary>
    /// <returns>32 bytes.</returns>
    public static byte[] Digest(string raterGroup, ReadOnlySpan<byte> encodedAnswers)
    {
        ArgumentNullException.ThrowIfNull(raterGroup);
        var groupBytes = Encoding.UTF8.GetByteCount(raterGroup);
        Span<byte> lengthDigits = stackalloc byte[11];
        groupBytes.TryFormat(lengthDigits, out var digits, provider: CultureInfo.InvariantCulture);
        var total = DigestDomain.Length + digits + 1 + groupBytes + 1 + encodedAnswers.Length;
        var rented = ArrayPool<byte>.Shared.Rent(total);
        try
        {
            var input = rented.AsSpan(0, total);
            var at = 0;
            DigestDomain.CopyTo(input);
            at += DigestDomain.Length;
            lengthDigits[..digits].CopyTo(input[at..]);
            at += digits;
            input[at++] = (byte)'\n';
            at += Encoding.UTF8.GetBytes(raterGroup, input[at..]);
            input[at++] = (byte)'\n';
            encodedAnswers.CopyTo(input[at..]);
            return SHA256.HashData(input);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static IReadOnlyList<Answer> Finish(List<Answer> answers)
    {
        if (answers.Count == 0)
        {
            return [];
        }

        var decoded = answers.ToArray();
        answers.Clear(); // so the thread's scratch list does not keep the last sheet alive
        return decoded;
    }

    /// <summary>
    /// <see cref="Decode"/> of a sheet exactly as <see cref="Encode"/> writes it, without a JSON reader: no
    /// whitespace, no escapes, no control characters. It takes the same answers out of such bytes as the reader
    /// would, several times faster, which is what a tally of millions of sheets spends its time on. Anything else
    /// (other JSON spellings of the same answers, malformed bytes, invalid UTF-8) makes it return false, and
    /// <see cref="Decode"/> then reads the sheet with <see cref="Utf8JsonReader"/>, which accepts every JSON
    /// spelling and explains what is wrong.
    /// </summary>
    private static bool TryDecodeCanonical(ReadOnlySpan<byte> utf8, StringPool pool, List<Answer> answers, List<string> options)
    {
        if (utf8.Contains((byte)'\\'))
        {
            return false;
        }

        try
        {
            var at = 0;
            if (!Take(utf8, ref at, (byte)'['))
            {
                return false;
            }

            if (Take(utf8, ref at, (byte)']'))
            {
                return at == utf8.Length;
            }

            while (true)
            {
                if (!Take(utf8, ref at, (byte)'[') || !TakeString(utf8, ref at, out var item) || !Take(utf8, ref at, (byte)','))
                {
                    return false;
                }

                var itemKey = pool.GetOrAdd(item);
                string? subjectId = null;
                if (TakeString(utf8, ref at, out var subject))
                {
                    subjectId = pool.GetOrAdd(subject);
                }
                else if (!TakeNull(utf8, ref at))
                {
                    return false;
                }

                if (!Take(utf8, ref at, (byte)',') || !Take(utf8, ref at, (byte)'['))
                {
                    return false;
                }

                options.Clear();
                if (!Take(utf8, ref at, (byte)']'))
                {
                    do
                    {
                        if (!TakeString(utf8, ref at, out var option))
                        {
                            return false;
                        }

                        options.Add(pool.GetOrAdd(option));
                    }
                    while (Take(utf8, ref at, (byte)','));

                    if (!Take(utf8, ref at, (byte)']'))
                    {
                        return false;
                    }
                }

                if (!Take(utf8, ref at, (byte)','))
                {
                    return false;
                }

                string? text = null;
                if (TakeString(utf8, ref at, out var textBytes))
                {
                    text = StrictUtf8.GetString(textBytes);
                }
                else if (!TakeNull(utf8, ref at))
                {
                    return false;
                }

                if (!Take(utf8, ref at, (byte)']'))
                {
                    return false;
                }

                answers.Add(text is null && options.Count <= 1
                    ? pool.GetOrAddAnswer(itemKey, subjectId, options.Count == 0 ? null : options[0])
                    : new Answer(itemKey, subjectId, options.Count == 0 ? [] : options.ToArray(), text));
                if (!Take(utf8, ref at, (byte)','))
                {
                    return Take(utf8, ref at, (byte)']') && at == utf8.Length;
                }
            }
        }
        catch (ArgumentException)
        {
            // Invalid UTF-8 in a string: the reader's path reports it.
            return false;
        }
    }

    private static bool Take(ReadOnlySpan<byte> utf8, ref int at, byte expected)
    {
        if (at < utf8.Length && utf8[at] == expected)
        {
            at++;
            return true;
        }

        return false;
    }

    private static bool TakeNull(ReadOnlySpan<byte> utf8, ref int at)
    {
        if (utf8[at..].StartsWith("null"u8))
        {
            at += 4;
            return true;
        }

        return false;
    }

    /// <summary>A string without escapes or control characters (JSON forbids them raw): its bytes between the quotes.</summary>
    private static bool TakeString(ReadOnlySpan<byte> utf8, ref int at, out ReadOnlySpan<byte> value)
    {
        value = default;
        if (at >= utf8.Length || utf8[at] != (byte)'"')
        {
            return false;
        }

        var length = utf8[(at + 1)..].IndexOf((byte)'"');
        if (length < 0 || utf8.Slice(at + 1, length).IndexOfAnyInRange((byte)0, (byte)0x1F) >= 0)
        {
            return false;
        }

        value = utf8.Slice(at + 1, length);
        at += length + 2;
        return true;
    }

    /// <summary>Ordinal by item key, then by subject id with a null subject first.</summary>
    private static int CompareCells(Answer x, Answer y)
    {
        var byItem = string.CompareOrdinal(x.ItemKey, y.ItemKey);
        if (byItem != 0)
        {
            return byItem;
        }

        return (x.SubjectId, y.SubjectId) switch
        {
            (null, null) => 0,
            (null, _) => -1,
            (_, null) => 1,
            _ => string.CompareOrdinal(x.SubjectId, y.SubjectId),
        };
    }

    private static void WriteString(Utf8JsonWriter writer, string? value)
    {
        if (value is null)
        {
            writer.WriteNullValue();
            return;
        }

        var surrogate = value.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (surrogate >= 0 && !IsValidUtf16(value.AsSpan(surrogate)))
        {
            throw new ArgumentException($"'{value}' contains a lone surrogate, which UTF-8 cannot store.");
        }

        writer.WriteStringValue(value);
    }

    private static bool IsValidUtf16(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A key from the current string token. Unescaped (the usual case: <see cref="Encode"/> escapes nothing in a
    /// plain key) its bytes go straight to the pool; escaped, it is unescaped into a buffer first.
    /// </summary>
    private static string ReadKey(ref Utf8JsonReader reader, StringPool? pool)
    {
        if (pool is null)
        {
            return reader.GetString()!;
        }

        if (!reader.ValueIsEscaped)
        {
            return pool.GetOrAdd(reader.ValueSpan);
        }

        // Unescaping never lengthens UTF-8, so the escaped length is enough.
        var escapedLength = reader.ValueSpan.Length;
        var buffer = escapedLength <= 256 ? stackalloc byte[escapedLength] : new byte[escapedLength];
        var written = reader.CopyString(buffer);
        return pool.GetOrAdd(buffer[..written]);
    }

    private static FormatException NotUnicode(Exception inner) =>
        new($"A ballot sheet holds a string that is not valid Unicode: {inner.Message}", inner);

    private static JsonTokenType Next(ref Utf8JsonReader reader, string expected)
    {
        if (!reader.Read())
        {
            throw new FormatException($"A ballot sheet ends too early: expected {expected}.");
        }

        return reader.TokenType;
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType token, string expected)
    {
        if (Next(ref reader, expected) != token)
        {
            throw Malformed(ref reader, expected);
        }
    }

    private static FormatException Malformed(ref Utf8JsonReader reader, string expected) =>
        new($"A ballot sheet is malformed at byte {reader.TokenStartIndex}: expected {expected}, found {Describe(reader.TokenType)}.");

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "'['",
        JsonTokenType.EndArray => "']'",
        JsonTokenType.StartObject => "'{'",
        JsonTokenType.EndObject => "'}'",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };
}

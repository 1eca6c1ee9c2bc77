using System.Text;
using System.Text.RegularExpressions;

namespace Appraisal.GraphQL.Fuzz;

/// <summary>
/// Mutations of seed documents, as UTF-8 bytes: byte flips and inserted bytes (NUL, invalid UTF-8, encoded lone
/// surrogates, BOM), token deletion, duplication, swap and insertion, truncation, splicing two seeds, deep nesting
/// (<c>{a{a{a…</c>, <c>[[[[…</c>), huge strings and numbers, very long names and many tokens. One to four mutations are
/// applied in a row. Deterministic for a given <see cref="Random"/>.
/// </summary>
internal sealed partial class DocumentMutator(IReadOnlyList<string> seeds, Random random)
{
    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", ":", "=", "@", "$", "!", "|", "&", "...", "..", ".", "query", "mutation",
        "subscription", "fragment", "on", "null", "true", "false", "__typename", "__schema", "__type", "type",
        "schema", "extend", "directive", "input", "enum", "scalar", "interface", "union", "implements",
        "repeatable", "0", "-1", "1.5e10", "00", "1.", ".5", "0x1F", "\"s\"", "\"\"\"b\"\"\"", "\"\\u{110000}\"",
        "\"\\uD800\"", "\"\\uDC00x\"", "\"\\x\"", "\"unterminated", "#comment\n", ",", "\t", "\r\n", "\u00a0",
        "$v", "@skip(if: true)", "@include(if: $v)", "...F", "... on Query", "fragment F on Query { a }",
    ];

    private readonly IReadOnlyList<string> _seeds = seeds.Count > 0 ? seeds : ["{ a }"];
    private readonly Random _random = random;

    /// <summary>Largest run of repeated input a single mutation adds (nesting, strings, numbers, names).</summary>
    public int MaxSize { get; init; } = 100_000;

    public string RandomSeed() => _seeds[_random.Next(_seeds.Count)];

    /// <summary>A mutated seed as bytes; may be invalid UTF-8.</summary>
    public byte[] Next() => Mutate(RandomSeed());

    public byte[] Mutate(string seed)
    {
        var bytes = Encoding.UTF8.GetBytes(seed);
        var rounds = _random.Next(1, 5);
        for (var i = 0; i < rounds; i++)
        {
            bytes = MutateOnce(bytes);
            if (bytes.Length > 4 * MaxSize)
            {
                bytes = bytes[..(4 * MaxSize)];
            }
        }

        return bytes;
    }

    /// <summary>
    /// Bytes as a .NET string, as a server would decode them (invalid sequences become U+FFFD), sometimes with lone
    /// surrogates or NULs put in, which no UTF-8 decoder produces but a string API can still be handed.
    /// </summary>
    public string ToText(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        if (_random.Next(6) != 0)
        {
            return text;
        }

        var at = _random.Next(text.Length + 1);
        string[] odd = ["\uD800", "\uDFFF", "\uDC00\uD800", "\"\uD83D\"", "\0", "\uFEFF", "\uFFFE"];
        return text.Insert(at, odd[_random.Next(odd.Length)]);
    }

    private byte[] MutateOnce(byte[] bytes)
    {
        switch (_random.Next(16))
        {
            case 0: return FlipBytes(bytes);
            case 1: return InsertBytes(bytes);
            case 2: return Truncate(bytes);
            case 3: return Splice(bytes);
            case 4: return Nest(bytes);
            case 5: return HugeLiteral(bytes);
            case 6: return Repeat(bytes);
            default: return MutateTokens(bytes);
        }
    }

    private byte[] FlipBytes(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return [(byte)_random.Next(256)];
        }

        var copy = (byte[])bytes.Clone();
        var flips = _random.Next(1, 5);
        for (var i = 0; i < flips; i++)
        {
            var at = _random.Next(copy.Length);
            copy[at] = _random.Next(2) == 0 ? (byte)(copy[at] ^ (1 << _random.Next(8))) : (byte)_random.Next(256);
        }

        return copy;
    }

    private byte[] InsertBytes(byte[] bytes)
    {
        byte[][] inserts =
        [
            [0x00], [0xFF], [0xFE], [0xC0, 0x80], [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF],
            [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xEF, 0xBB, 0xBF], [0x80], [0x7F], [0x0B], [0x0C],
            [0xE2, 0x80, 0xA8], [0x22, 0x00, 0x22], "\"\\u0000\""u8.ToArray(),
        ];
        var insert = inserts[_random.Next(inserts.Length)];
        var at = _random.Next(bytes.Length + 1);
        return [.. bytes.AsSpan(0, at), .. insert, .. bytes.AsSpan(at)];
    }

    private byte[] Truncate(byte[] bytes) => bytes.Length == 0 ? bytes : bytes[.._random.Next(bytes.Length)];

    private byte[] Splice(byte[] bytes)
    {
        var other = Encoding.UTF8.GetBytes(RandomSeed());
        var cut = _random.Next(bytes.Length + 1);
        var from = _random.Next(other.Length + 1);
        return [.. bytes.AsSpan(0, cut), .. other.AsSpan(from)];
    }

    private byte[] Nest(byte[] bytes)
    {
        var depth = Size(MaxSize / 4);
        var text = _random.Next(8) switch
        {
            0 => Repeat("{a", depth) + Repeat("}", depth),
            1 => Repeat("{a", depth),
            2 => "{ f(a: " + Repeat("[", depth) + Repeat("]", depth) + ") }",
            3 => "{ f(a: " + Repeat("{a: ", depth) + "1" + Repeat("}", depth) + ") }",
            4 => "query ($v: " + Repeat("[", depth) + "Int" + Repeat("]", depth) + ") { a }",
            5 => "{ " + Repeat("... on Query { ", depth) + "a" + Repeat(" }", depth) + " }",
            6 => Repeat("[", depth),
            _ => "{ a" + Repeat(" @d", depth) + " }",
        };
        return Insert(bytes, text);
    }

    private byte[] HugeLiteral(byte[] bytes)
    {
        var size = Size(MaxSize);
        var text = _random.Next(7) switch
        {
            0 => "\"" + new string('x', size) + "\"",
            1 => "\"\"\"" + Repeat("line\n", size / 5) + "\"\"\"",
            2 => new string('9', size),
            3 => "1e" + new string('9', Math.Min(size, 400)),
            4 => "-" + new string('0', size) + ".5",
            5 => "n" + new string('a', size),
            _ => "\"" + Repeat("\\u00e9", size / 6) + "\"",
        };
        return _random.Next(3) == 0 ? Encoding.UTF8.GetBytes("{ echo(string: " + text + ") }") : Insert(bytes, text);
    }

    private byte[] Repeat(byte[] bytes)
    {
        // Many tokens: the document (or a piece of it) many times over, past the token limit now and then.
        var piece = bytes.Length > 0 && _random.Next(2) == 0 ? bytes[_random.Next(bytes.Length)..] : bytes;
        var times = Math.Min(Size(Math.Max(2, MaxSize / Math.Max(1, piece.Length))), Math.Max(1, 2 * MaxSize / Math.Max(1, piece.Length)));
        var result = new byte[piece.Length * times + bytes.Length];
        bytes.CopyTo(result, 0);
        for (var i = 0; i < times; i++)
        {
            piece.CopyTo(result, bytes.Length + i * piece.Length);
        }

        return result;
    }

    private byte[] MutateTokens(byte[] bytes)
    {
        if (bytes.Length > 2_048)
        {
            // Tokenizing a large document whole is slow: mutate the tokens of a window of it.
            var start = _random.Next(bytes.Length - 1_024);
            var window = bytes.AsSpan(start, 1_024);
            return [.. bytes.AsSpan(0, start), .. MutateTokens(window.ToArray()), .. bytes.AsSpan(start + 1_024)];
        }

        var tokens = TokenPattern().Matches(Encoding.UTF8.GetString(bytes)).Select(m => m.Value).ToList();
        if (tokens.Count == 0)
        {
            tokens.Add(Tokens[_random.Next(Tokens.Length)]);
        }

        var at = _random.Next(tokens.Count);
        switch (_random.Next(5))
        {
            case 0:
                tokens.RemoveRange(at, Math.Min(tokens.Count - at, _random.Next(1, 4)));
                break;
            case 1:
                tokens.Insert(at, tokens[at]);
                break;
            case 2:
                var other = _random.Next(tokens.Count);
                (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                break;
            case 3:
                tokens.Insert(at, Tokens[_random.Next(Tokens.Length)]);
                break;
            default:
                tokens[at] = Tokens[_random.Next(Tokens.Length)];
                break;
        }

        return Encoding.UTF8.GetBytes(string.Concat(tokens));
    }

    private byte[] Insert(byte[] bytes, string text)
    {
        var at = _random.Next(2) == 0 ? 0 : _random.Next(bytes.Length + 1);
        return [.. bytes.AsSpan(0, at), .. Encoding.UTF8.GetBytes(text), .. bytes.AsSpan(at)];
    }

    /// <summary>Mostly small, sometimes up to <paramref name="max"/>: around the limits is where bugs live.</summary>
    private int Size(int max) => _random.Next(4) switch
    {
        0 => _random.Next(1, Math.Max(2, max)),
        1 => _random.Next(100, 200),
        _ => _random.Next(1, 40),
    };

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();

    [GeneratedRegex("\"\"\"[\\s\\S]*?\"\"\"|\"(?:\\\\.|[^\"\\\\\\n])*\"|[_A-Za-z][_0-9A-Za-z]*|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?|\\.\\.\\.|\\s+|.", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}

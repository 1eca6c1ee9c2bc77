using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Appraisal.Core.Ballots;

/// <summary>
/// A ballot code (测评码): the one-time secret that opens one anonymous ballot. It is printed on a paper slip,
/// typed on a phone, or opened as a link or QR code, so it is written in <see cref="BallotCodeAlphabet"/>
/// (no I, L, O, U) and ends with a check character (<see cref="BallotCodeCheck"/>) that catches every single
/// mistyped character and every swap of two characters before the server is asked.
/// </summary>
/// <remarks>
/// <para>Fourteen random symbols carry 14 × 5 = 70 bits. Guessing stays hopeless even with no rate limit at
/// all: an attacker making 1,000 guesses a second for a 30-day campaign (2.6 × 10⁹ guesses) against 100,000
/// live codes hits one with probability 2.6 × 10⁹ × 10⁵ / 2⁷⁰ ≈ 2 × 10⁻⁷. Twelve symbols (60 bits) would leave
/// about 2 × 10⁻⁴ in that worst case; the rate limits upstream make it smaller still, but need not be trusted.</para>
/// <para>The fifteenth symbol is the check character. The display form groups the fifteen into threes of five
/// (<c>K7QMX-2XHD9-RPAB4</c>), the length of group a person reads and types without losing the place.</para>
/// </remarks>
public sealed record BallotCode
{
    /// <summary>Symbols in a code, check character included.</summary>
    public const int Length = PayloadLength + 1;

    /// <summary>Random symbols in a code, before the check character.</summary>
    public const int PayloadLength = 14;

    private const int GroupLength = 5;

    private BallotCode(string canonical) => Canonical = canonical;

    /// <summary>
    /// The form to store and to put in links and QR codes: fifteen upper-case symbols, no dashes, only
    /// [0-9A-Z], so <c>/b/{Canonical}</c> needs no escaping.
    /// </summary>
    public string Canonical { get; }

    /// <summary>
    /// Lower-case hex SHA-256 of <see cref="Canonical"/>: a key under which storage can find a code without
    /// keeping it in clear text. No salt is needed: a code has 70 random bits, so the hash cannot be reversed
    /// by trying codes, and the key must be the same every time the code is typed.
    /// </summary>
    public string LookupKey => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(Canonical)));

    /// <summary>A new code from the operating system's cryptographic random number generator.</summary>
    public static BallotCode Generate()
    {
        Span<byte> random = stackalloc byte[PayloadLength];
        RandomNumberGenerator.Fill(random);
        return FromRandomBytes(random);
    }

    /// <summary>A new code drawn from <paramref name="random"/>, one byte per symbol.</summary>
    public static BallotCode Generate(RandomNumberGenerator random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<byte> bytes = stackalloc byte[PayloadLength];
        random.GetBytes(bytes);
        return FromRandomBytes(bytes);
    }

    /// <summary>Reads a typed or stored code, forgiving as <see cref="TryParse"/> is.</summary>
    /// <exception cref="FormatException">The text is not a ballot code; the message says why.</exception>
    public static BallotCode Parse(string? typed) =>
        TryParse(typed, out var code, out var problem) ? code : throw new FormatException(problem.Message);

    /// <summary>
    /// Reads a code the way a person types it: spaces and dashes anywhere are ignored, case does not matter,
    /// full-width characters from a Chinese input method count as their ASCII forms, and the look-alikes O, I,
    /// L and U are read as 0, 1, 1 and V. Anything else that is wrong is reported, in this order: an unknown
    /// character, the wrong number of characters, a check character that does not match.
    /// </summary>
    public static bool TryParse(
        string? typed,
        [NotNullWhen(true)] out BallotCode? code,
        [NotNullWhen(false)] out BallotCodeProblem? problem)
    {
        code = null;
        Span<int> values = stackalloc int[Length];
        var count = 0;
        foreach (var character in (typed ?? "").Normalize(NormalizationForm.FormKC))
        {
            if (IsSeparator(character))
            {
                continue;
            }

            if (!BallotCodeAlphabet.TryGetValue(character, out var value))
            {
                problem = BallotCodeProblem.UnknownCharacter(character);
                return false;
            }

            if (count < Length)
            {
                values[count] = value;
            }

            count++;
        }

        problem = count switch
        {
            0 => BallotCodeProblem.Empty(),
            Length => BallotCodeCheck.IsValid(values) ? null : BallotCodeProblem.CheckCharacterMismatch(),
            _ => BallotCodeProblem.WrongLength(count),
        };
        if (problem is not null)
        {
            return false;
        }

        code = new BallotCode(Spell(values));
        return true;
    }

    /// <summary>The form to print and show: three groups of five separated by dashes, e.g. <c>K7QMX-2XHD9-RPAB4</c>.</summary>
    public override string ToString() =>
        string.Join('-', Enumerable.Range(0, Length / GroupLength)
            .Select(group => Canonical.Substring(group * GroupLength, GroupLength)));

    /// <summary>
    /// Builds a code from one uniformly random byte per payload symbol. Keeping the low five bits is exact, not
    /// an approximation: 256 is a multiple of 32, so each symbol is the image of exactly 8 byte values and no
    /// byte needs to be rejected. (Rejection sampling is only needed when the alphabet size does not divide 256.)
    /// </summary>
    internal static BallotCode FromRandomBytes(ReadOnlySpan<byte> random)
    {
        if (random.Length != PayloadLength)
        {
            throw new ArgumentException($"A ballot code needs {PayloadLength} random bytes.", nameof(random));
        }

        Span<int> values = stackalloc int[Length];
        for (var i = 0; i < PayloadLength; i++)
        {
            values[i] = random[i] & (BallotCodeAlphabet.Symbols.Length - 1);
        }

        values[PayloadLength] = BallotCodeCheck.Compute(values[..PayloadLength]);
        return new BallotCode(Spell(values));
    }

    private static bool IsSeparator(char character) =>
        char.IsWhiteSpace(character)
        || CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.DashPunctuation;

    private static string Spell(ReadOnlySpan<int> values)
    {
        Span<char> symbols = stackalloc char[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            symbols[i] = BallotCodeAlphabet.Symbols[values[i]];
        }

        return new string(symbols);
    }
}

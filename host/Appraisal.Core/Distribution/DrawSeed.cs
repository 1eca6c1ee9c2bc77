using System.Security.Cryptography;

namespace Appraisal.Core.Distribution;

/// <summary>
/// The secret behind one draw. Its <see cref="Commitment"/> is published before any code goes out, so the organiser
/// cannot re-draw until a liked assignment appears; the seed itself is revealed after close, so anyone can re-run the draw
/// and check it against the commitment.
/// </summary>
public sealed class DrawSeed
{
    /// <summary>Seed length: 256 bits, the strength of the SHA-256 commitment that hides it.</summary>
    public const int Length = 32;

    private readonly byte[] _bytes;

    private DrawSeed(byte[] bytes) => _bytes = bytes;

    /// <summary>A fresh seed from the operating system's cryptographic generator.</summary>
    public static DrawSeed Create() => new(RandomNumberGenerator.GetBytes(Length));

    /// <summary>A revealed seed from its hex form (the form <see cref="Hex"/> gives).</summary>
    /// <exception cref="FormatException">Not hex, or not <see cref="Length"/> bytes.</exception>
    public static DrawSeed FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var bytes = Convert.FromHexString(hex);
        if (bytes.Length != Length)
        {
            throw new FormatException($"A draw seed is {Length} bytes ({Length * 2} hex digits); got {bytes.Length} bytes.");
        }
        return new DrawSeed(bytes);
    }

    /// <summary>The seed's bytes, as the <see cref="DeterministicRandom"/> streams consume them.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    /// <summary>Lower-case hex of the seed: what is revealed after close.</summary>
    public string Hex => Convert.ToHexStringLower(_bytes);

    /// <summary>Lower-case hex of SHA-256 of the seed bytes: what is published before codes go out.</summary>
    public string Commitment => Convert.ToHexStringLower(SHA256.HashData(_bytes));

    /// <summary>The random stream for one purpose (a strategy name) of this seed.</summary>
    public DeterministicRandom RandomFor(string purpose) => new(_bytes, purpose);

    /// <summary>Whether a revealed seed is the one the published commitment promised. Malformed input is simply false.</summary>
    public static bool Verify(string revealedHex, string commitment)
    {
        ArgumentNullException.ThrowIfNull(revealedHex);
        ArgumentNullException.ThrowIfNull(commitment);
        byte[] seed;
        byte[] promised;
        try
        {
            seed = Convert.FromHexString(revealedHex);
            promised = Convert.FromHexString(commitment);
        }
        catch (FormatException)
        {
            return false;
        }
        return seed.Length == Length
            && CryptographicOperations.FixedTimeEquals(SHA256.HashData(seed), promised);
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Appraisal.Core.Distribution;

/// <summary>
/// The random source of every draw. It is not <see cref="Random"/> because a draw must be reproducible by anyone,
/// in any language, from the revealed seed alone: the algorithm below is the whole specification.
/// </summary>
/// <remarks>
/// <para><b>Byte stream.</b> Block <c>i</c> (i = 0, 1, 2, …) is
/// <c>SHA-256(seed ‖ UTF-8(purpose) ‖ uint64_big_endian(i))</c>; the stream is block 0 ‖ block 1 ‖ …, read from the start.
/// The seed is 32 bytes and the counter 8, so the purpose label (e.g. <c>"balanced-peer"</c>) is unambiguous, and
/// different purposes drawn from one seed give independent streams.</para>
/// <para><b>NextUInt32.</b> The next 4 bytes of the stream, big-endian.</para>
/// <para><b>NextInt(n)</b>, n ≥ 1: <c>limit = 2^32 − (2^32 mod n)</c>; repeat <c>x = NextUInt32()</c> until
/// <c>x &lt; limit</c>; return <c>x mod n</c>. Rejection makes every result exactly equally likely (no modulo bias).
/// A draw is made even when n = 1.</para>
/// <para><b>Shuffle(list)</b> (Fisher–Yates, Durstenfeld): for <c>i</c> from <c>len − 1</c> down to 1,
/// <c>j = NextInt(i + 1)</c>, swap items <c>i</c> and <c>j</c>.</para>
/// <para>In Python:</para>
/// <code>
/// def stream(seed, purpose):
///     i = 0
///     while True:
///         yield from hashlib.sha256(seed + purpose.encode() + i.to_bytes(8, "big")).digest(); i += 1
/// def next_int(s, n):
///     limit = 2**32 - (2**32 % n)
///     while True:
///         x = int.from_bytes(bytes(next(s) for _ in range(4)), "big")
///         if x &lt; limit: return x % n
/// def shuffle(s, items):
///     for i in range(len(items) - 1, 0, -1):
///         j = next_int(s, i + 1); items[i], items[j] = items[j], items[i]
/// </code>
/// </remarks>
public sealed class DeterministicRandom
{
    private const int CounterLength = sizeof(ulong);

    private readonly byte[] _input;
    private readonly byte[] _block = new byte[SHA256.HashSizeInBytes];
    private ulong _counter;
    private int _used = SHA256.HashSizeInBytes;

    /// <param name="seed">The draw's seed (32 bytes for a <see cref="DrawSeed"/>, but any length reproduces).</param>
    /// <param name="purpose">Separates the streams of different uses of one seed.</param>
    public DeterministicRandom(ReadOnlySpan<byte> seed, string purpose)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var label = Encoding.UTF8.GetBytes(purpose);
        _input = new byte[seed.Length + label.Length + CounterLength];
        seed.CopyTo(_input);
        label.CopyTo(_input.AsSpan(seed.Length));
    }

    /// <summary>The next 4 bytes of the stream as a big-endian unsigned integer.</summary>
    public uint NextUInt32()
    {
        if (_used <= _block.Length - sizeof(uint))
        {
            _used += sizeof(uint);
            return BinaryPrimitives.ReadUInt32BigEndian(_block.AsSpan(_used - sizeof(uint)));
        }
        Span<byte> bytes = stackalloc byte[sizeof(uint)];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = NextByte();
        }
        return BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>), by rejection sampling.</summary>
    public int NextInt(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxExclusive, 1);
        var n = (ulong)maxExclusive;
        var limit = (1UL << 32) - ((1UL << 32) % n);
        while (true)
        {
            ulong x = NextUInt32();
            if (x < limit)
            {
                return (int)(x % n);
            }
        }
    }

    /// <summary>Shuffles <paramref name="items"/> in place (Fisher–Yates from the last position down).</summary>
    public void Shuffle<T>(IList<T> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private byte NextByte()
    {
        if (_used == _block.Length)
        {
            BinaryPrimitives.WriteUInt64BigEndian(_input.AsSpan(_input.Length - CounterLength), _counter);
            SHA256.HashData(_input, _block);
            _counter++;
            _used = 0;
        }
        return _block[_used++];
    }
}

using System.Buffers.Binary;
using System.Text;

namespace Appraisal.Core.Ballots;

/// <summary>
/// Interns short strings read as UTF-8 bytes: the first time a byte sequence is seen it is decoded into a
/// string, and every later time the same instance is returned without allocating anything. A tally decodes
/// millions of stored ballots whose item keys, subject ids and option keys come from a small fixed set, so this
/// saves both the allocations and the memory of millions of equal strings (and later comparisons often hit
/// reference equality first).
/// </summary>
/// <remarks>
/// <para>The table is keyed by the bytes themselves (a hash of them, then a byte-by-byte comparison), so a hit
/// costs no transcoding into UTF-16.</para>
/// <para>It is not for free text: strings longer than <see cref="MaxInternedBytes"/> are decoded but not kept,
/// and once <see cref="MaxCount"/> strings are kept new ones are decoded but not added, so a pool fed unexpected
/// data grows to a bounded size instead of without limit.</para>
/// <para>Not thread-safe: use one pool per tally (or per thread).</para>
/// </remarks>
public sealed class StringPool
{
    /// <summary>The longest string, in UTF-8 bytes, that is kept; keys are far shorter.</summary>
    public const int MaxInternedBytes = 256;

    /// <summary>Strict UTF-8: a key that is not valid UTF-8 is an error, never silently turned into U+FFFD.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly ulong _seed = (ulong)Random.Shared.NextInt64();
    private int[] _buckets;
    private Entry[] _entries;

    /// <param name="maxCount">The most strings the pool keeps.</param>
    public StringPool(int maxCount = 1 << 16)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxCount);
        MaxCount = maxCount;
        _buckets = new int[16];
        _entries = new Entry[16];
    }

    /// <summary>The most strings the pool keeps.</summary>
    public int MaxCount { get; }

    /// <summary>The number of strings kept.</summary>
    public int Count { get; private set; }

    /// <summary>The string these UTF-8 bytes spell, the same instance every time for a kept string.</summary>
    /// <exception cref="ArgumentException">The bytes are not valid UTF-8.</exception>
    public string GetOrAdd(ReadOnlySpan<byte> utf8)
    {
        if (utf8.IsEmpty)
        {
            return string.Empty;
        }

        if (utf8.Length > MaxInternedBytes)
        {
            return StrictUtf8.GetString(utf8);
        }

        var hash = Hash(utf8);
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            ref var entry = ref _entries[i];
            if (entry.Hash == hash && utf8.SequenceEqual(entry.Utf8))
            {
                return entry.Value;
            }
        }

        var value = StrictUtf8.GetString(utf8);
        if (Count < MaxCount)
        {
            Add(hash, utf8.ToArray(), value);
        }

        return value;
    }

    /// <summary>
    /// A multiply-and-fold hash over eight bytes at a time, seeded per pool, with the length mixed in first so
    /// that the overlapping reads of short keys cannot make keys of different lengths collide systematically.
    /// It is several times faster than <see cref="HashCode.AddBytes"/> on keys of a few dozen bytes, which
    /// matters at tens of millions of look-ups a tally. It is not a keyed cryptographic hash and no defence
    /// against deliberately colliding keys; it need not be, because the keys in stored ballots were validated
    /// against the campaign's questionnaire and subjects before they were stored, and <see cref="MaxCount"/>
    /// bounds the table.
    /// </summary>
    private int Hash(ReadOnlySpan<byte> utf8)
    {
        const ulong Multiplier = 0x9E3779B97F4A7C15;
        var length = utf8.Length;
        var hash = _seed ^ ((ulong)length * Multiplier);
        if (length >= sizeof(ulong))
        {
            // Whole words, then the last eight bytes (overlapping the previous word unless the length is a
            // multiple of eight): no byte-by-byte tail loop.
            for (var at = 0; at < length - sizeof(ulong); at += sizeof(ulong))
            {
                hash = Mix(hash ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8[at..]));
            }

            hash = Mix(hash ^ BinaryPrimitives.ReadUInt64LittleEndian(utf8[(length - sizeof(ulong))..]));
        }
        else if (length >= sizeof(uint))
        {
            var first = BinaryPrimitives.ReadUInt32LittleEndian(utf8);
            var last = BinaryPrimitives.ReadUInt32LittleEndian(utf8[(length - sizeof(uint))..]);
            hash = Mix(hash ^ first ^ ((ulong)last << 32));
        }
        else
        {
            // One to three bytes (the pool never hashes an empty key).
            hash = Mix(hash ^ utf8[0] ^ ((ulong)utf8[length / 2] << 8) ^ ((ulong)utf8[length - 1] << 16));
        }

        return (int)(hash ^ (hash >> 32));

        static ulong Mix(ulong value)
        {
            value *= Multiplier;
            return value ^ (value >> 29);
        }
    }

    private void Add(int hash, byte[] utf8, string value)
    {
        if (Count == _entries.Length)
        {
            Grow();
        }

        ref var bucket = ref _buckets[hash & (_buckets.Length - 1)];
        _entries[Count] = new Entry(hash, bucket - 1, utf8, value);
        bucket = ++Count;
    }

    /// <summary>Doubles the table, keeping at most one entry per bucket on average.</summary>
    private void Grow()
    {
        var entries = new Entry[_entries.Length * 2];
        Array.Copy(_entries, entries, Count);
        var buckets = new int[entries.Length];
        for (var i = 0; i < Count; i++)
        {
            ref var bucket = ref buckets[entries[i].Hash & (buckets.Length - 1)];
            entries[i] = entries[i] with { Next = bucket - 1 };
            bucket = i + 1;
        }

        _entries = entries;
        _buckets = buckets;
    }

    /// <summary>A kept string: its hash, the next entry in its bucket (−1 for none), its bytes and the string.</summary>
    private readonly record struct Entry(int Hash, int Next, byte[] Utf8, string Value);
}

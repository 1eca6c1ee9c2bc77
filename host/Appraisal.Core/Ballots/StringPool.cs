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
/// costs no transcoding into UTF-16. The hash is <see cref="HashCode"/>, which is seeded per process, so
/// crafted keys cannot be made to collide on purpose.</para>
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

    private static int Hash(ReadOnlySpan<byte> utf8)
    {
        var hash = new HashCode();
        hash.AddBytes(utf8);
        return hash.ToHashCode();
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

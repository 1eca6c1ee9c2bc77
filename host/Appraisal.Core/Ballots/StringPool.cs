using System.Runtime.CompilerServices;
using System.Text;
using Appraisal.PluginApi.Ballots;

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
/// <para>It also shares answers (<see cref="GetOrAddAnswer"/>): a box of a million ballots holds only a few hundred
/// different answers without text, and one instance of each, instead of one per ballot, is most of the memory, and
/// of the garbage-collection time, a tally would otherwise spend.</para>
/// <para>Not thread-safe: use one pool per tally (or per thread).</para>
/// </remarks>
public sealed class StringPool
{
    /// <summary>The longest string, in UTF-8 bytes, that is kept; keys are far shorter.</summary>
    public const int MaxInternedBytes = 256;

    /// <summary>Strict UTF-8: a key that is not valid UTF-8 is an error, never silently turned into U+FFFD.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The most answers shared; beyond it new answers are made but not kept.</summary>
    public const int MaxAnswers = 1 << 16;

    private const int RecentSlots = 256;

    private readonly Dictionary<AnswerKey, Answer> _answers = new(AnswerKey.Comparer);

    // Entry index + 1 of the string last found per slot; 0 for none. Entries never move or go, so it stays valid.
    private readonly int[] _recent = new int[RecentSlots];
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

        // Sheet after sheet brings the same few keys: most are answered by one comparison with the entry last
        // found in their slot of a small direct-mapped table, without hashing. A slot shared by two keys only
        // sends one of them down the hashed path.
        ref var recent = ref _recent[RecentSlot(utf8)];
        if (recent > 0 && utf8.SequenceEqual(_entries[recent - 1].Utf8))
        {
            return _entries[recent - 1].Value;
        }

        var hash = Hash(utf8);
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            ref var entry = ref _entries[i];
            if (entry.Hash == hash && utf8.SequenceEqual(entry.Utf8))
            {
                recent = i + 1;
                return entry.Value;
            }
        }

        var value = StrictUtf8.GetString(utf8);
        if (Count < MaxCount)
        {
            Add(hash, utf8.ToArray(), value);
            recent = Count;
        }

        return value;
    }

    /// <summary>
    /// An answer without text and with at most one option: the same instance every time it is asked for with the same
    /// strings. Strings are compared by reference, which is what makes a hit cheap: pass the strings this pool
    /// returned (any other string still gives a correct answer, only a separate one). Callers share the instance and
    /// its option list, so neither may be changed.
    /// </summary>
    public Answer GetOrAddAnswer(string itemKey, string? subjectId, string? option)
    {
        ArgumentNullException.ThrowIfNull(itemKey);
        var key = new AnswerKey(itemKey, subjectId, option);
        if (_answers.TryGetValue(key, out var shared))
        {
            return shared;
        }

        var answer = new Answer(itemKey, subjectId, option is null ? [] : [option]);
        if (_answers.Count < MaxAnswers)
        {
            _answers.Add(key, answer);
        }

        return answer;
    }

    /// <summary>A slot of <see cref="_recent"/> from the length and the first and last bytes: cheap, and different
    /// for keys such as <c>a1</c>/<c>a2</c> or <c>attitude</c>/<c>efficiency</c>.</summary>
    private static int RecentSlot(ReadOnlySpan<byte> utf8) =>
        ((utf8.Length * 31) + (utf8[0] * 7) + utf8[^1]) & (RecentSlots - 1);

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

    /// <summary>A shared answer's strings, equal only when they are the same instances.</summary>
    private readonly record struct AnswerKey(string Item, string? Subject, string? Option)
    {
        public static readonly IEqualityComparer<AnswerKey> Comparer = new SameInstances();

        private sealed class SameInstances : IEqualityComparer<AnswerKey>
        {
            public bool Equals(AnswerKey x, AnswerKey y) =>
                ReferenceEquals(x.Item, y.Item) && ReferenceEquals(x.Subject, y.Subject) && ReferenceEquals(x.Option, y.Option);

            public int GetHashCode(AnswerKey key) => HashCode.Combine(
                RuntimeHelpers.GetHashCode(key.Item), RuntimeHelpers.GetHashCode(key.Subject), RuntimeHelpers.GetHashCode(key.Option));
        }
    }
}

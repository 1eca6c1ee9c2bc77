using System.Text;
using Appraisal.Core.Ballots;

namespace Appraisal.Core.Tests.Ballots;

public sealed class StringPoolTests
{
    [Fact]
    public void The_same_bytes_give_the_same_instance()
    {
        var pool = new StringPool();

        var first = pool.GetOrAdd("satisfied"u8);
        var second = pool.GetOrAdd(Encoding.UTF8.GetBytes("satisfied"));

        Assert.Equal("satisfied", first);
        Assert.Same(first, second);
        Assert.Equal(1, pool.Count);
    }

    [Fact]
    public void Different_bytes_give_different_strings_including_chinese_keys()
    {
        var pool = new StringPool();

        var keys = new[] { "a", "b", "ab", "ba", "满意", "不满意", "" };
        var interned = keys.Select(k => pool.GetOrAdd(Encoding.UTF8.GetBytes(k))).ToArray();

        Assert.Equal(keys, interned);
        Assert.Same(interned[4], pool.GetOrAdd(Encoding.UTF8.GetBytes("满意")));
    }

    [Fact]
    public void Thousands_of_keys_survive_the_table_growing()
    {
        var pool = new StringPool();
        var first = Enumerable.Range(0, 5_000).Select(i => pool.GetOrAdd(Encoding.UTF8.GetBytes($"subject-{i}"))).ToArray();

        for (var i = 0; i < first.Length; i++)
        {
            Assert.Same(first[i], pool.GetOrAdd(Encoding.UTF8.GetBytes($"subject-{i}")));
        }

        Assert.Equal(5_000, pool.Count);
    }

    [Fact]
    public void Keys_of_every_short_length_stay_distinct()
    {
        // Every string of 'a' and 'b' up to nine long: the hash reads short keys with overlapping words.
        var keys = Enumerable.Range(1, 9)
            .SelectMany(length => Enumerable.Range(0, 1 << length)
                .Select(bits => new string(Enumerable.Range(0, length).Select(i => (bits >> i & 1) == 0 ? 'a' : 'b').ToArray())))
            .ToArray();
        var pool = new StringPool();

        var interned = keys.Select(k => pool.GetOrAdd(Encoding.UTF8.GetBytes(k))).ToArray();

        Assert.Equal(keys, interned);
        Assert.Equal(keys.Length, pool.Count);
        Assert.All(keys.Zip(interned), pair => Assert.Same(pair.Second, pool.GetOrAdd(Encoding.UTF8.GetBytes(pair.First))));
    }

    [Fact]
    public void Long_strings_and_strings_past_the_cap_are_decoded_but_not_kept()
    {
        var pool = new StringPool(maxCount: 2);
        var longKey = new string('k', StringPool.MaxInternedBytes + 1);

        Assert.Equal(longKey, pool.GetOrAdd(Encoding.UTF8.GetBytes(longKey)));
        Assert.Equal(0, pool.Count);

        pool.GetOrAdd("a"u8);
        pool.GetOrAdd("b"u8);
        var third = pool.GetOrAdd("c"u8);
        Assert.Equal("c", third);
        Assert.NotSame(third, pool.GetOrAdd("c"u8));
        Assert.Equal(2, pool.Count);
    }

    [Fact]
    public void Invalid_utf8_is_refused_rather_than_replaced()
    {
        var pool = new StringPool();

        Assert.ThrowsAny<ArgumentException>(() => pool.GetOrAdd([0xC3, 0x28]));
        Assert.ThrowsAny<ArgumentException>(() => pool.GetOrAdd([0xED, 0xA0, 0x80])); // an encoded surrogate
        Assert.Equal(0, pool.Count);
    }
}

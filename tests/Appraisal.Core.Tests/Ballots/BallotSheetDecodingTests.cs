using System.Text;
using Appraisal.Core.Ballots;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Tests.Ballots;

/// <summary>
/// Decoding with a pool takes canonical sheets through a fast path without the JSON reader and shares answers; it
/// must give exactly what the reader gives, and leave everything else (other spellings, malformed bytes) to it.
/// </summary>
public sealed class BallotSheetDecodingTests
{
    private static readonly string[] Items = ["attitude", "efficiency", "reverse", "suggestions", "总体评价"];
    private static readonly string?[] Subjects = [null, "a1", "a2", "单位三"];
    private static readonly string[] Options = ["satisfied", "unknown", "absent", "dues", "较好"];
    private static readonly string?[] Texts = [null, "", "迟到早退", "quote \" and backslash \\ and\nnewline", "tab\there", "😀 emoji", "<b>&amp;</b>"];

    [Fact]
    public void Canonical_sheets_decode_with_a_pool_exactly_as_without_one()
    {
        var random = new Random(20261122);
        var pool = new StringPool();
        for (var i = 0; i < 2000; i++)
        {
            var answers = RandomAnswers(random);
            var bytes = BallotSheetCodec.Encode(answers);

            var slow = BallotSheetCodec.Decode(bytes);
            var fast = BallotSheetCodec.Decode(bytes, pool);

            AssertSame(slow, fast);
            AssertSame(Sorted(answers), fast);
        }
    }

    [Theory]
    [InlineData("""[["attitude","a1",["satisfied"],null]]""")]
    [InlineData("""[ ["attitude", "a1", ["satisfied"], null] ]""")]
    [InlineData("""[["att\u0069tude","a1",["satisfied"],null]]""")]
    [InlineData("""[["attitude","a1",["satisfied"],null]]  """)]
    [InlineData("""[["attitude",null,[],"a \"quoted\" reason"],["conduct","a1",["a","b"],null]]""")]
    [InlineData("""[]""")]
    [InlineData("""[["","",[""],""]]""")]
    public void Any_JSON_spelling_decodes_the_same_with_and_without_a_pool(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        AssertSame(BallotSheetCodec.Decode(bytes), BallotSheetCodec.Decode(bytes, new StringPool()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[")]
    [InlineData("[[")]
    [InlineData("""[["attitude"]]""")]
    [InlineData("""[["attitude","a1",["satisfied"],null]""")]
    [InlineData("""[["attitude","a1",["satisfied"],null]]x""")]
    [InlineData("""[["attitude","a1",["satisfied"],null],]""")]
    [InlineData("""[["attitude","a1",["satisfied"],null,null]]""")]
    [InlineData("""[["attitude","a1",["satisfied",],null]]""")]
    [InlineData("""[["attitude",1,["satisfied"],null]]""")]
    [InlineData("""[["attitude","a1","satisfied",null]]""")]
    [InlineData("""[["attitude","a1",["satisfied"],nul]]""")]
    [InlineData("""{"attitude":"a1"}""")]
    public void Malformed_sheets_fail_the_same_way_with_and_without_a_pool(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var without = Assert.Throws<FormatException>(() => BallotSheetCodec.Decode(bytes));
        var with = Assert.Throws<FormatException>(() => BallotSheetCodec.Decode(bytes, new StringPool()));
        Assert.Equal(without.Message, with.Message);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]           // not UTF-8 at all
    [InlineData(new byte[] { 0xC3 })]           // truncated sequence
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })] // an encoded lone surrogate
    [InlineData(new byte[] { 0x01 })]           // a raw control character, which JSON forbids in strings
    public void Invalid_bytes_in_keys_or_text_fail_with_and_without_a_pool(byte[] bad)
    {
        foreach (var place in new[] { 0, 1, 2, 3 })
        {
            var parts = new[] { "\"attitude\"", "\"a1\"", "[\"satisfied\"]", "null" };
            var prefix = Encoding.UTF8.GetBytes("[[" + string.Join(",", parts[..place]) + (place > 0 ? "," : "") + (place == 2 ? "[\"" : "\""));
            var suffix = Encoding.UTF8.GetBytes("\"" + (place == 2 ? "]" : "") + (place < 3 ? "," + string.Join(",", parts[(place + 1)..]) : "") + "]]");
            var bytes = prefix.Concat(bad).Concat(suffix).ToArray();

            // The messages differ by design (the reader and the pool word a bad byte differently), not the verdict.
            Assert.Throws<FormatException>(() => BallotSheetCodec.Decode(bytes));
            Assert.Throws<FormatException>(() => BallotSheetCodec.Decode(bytes, new StringPool()));
        }
    }

    [Fact]
    public void Answers_without_text_and_with_at_most_one_option_are_shared_within_a_pool()
    {
        var pool = new StringPool();
        var first = BallotSheetCodec.Decode(BallotSheetCodec.Encode(
            [new Answer("attitude", "a1", ["satisfied"]), new Answer("conduct", "a1", []), new Answer("reverse", "a1", ["absent", "dues"]),
             new Answer("suggestions", "a1", [], "更多窗口")]), pool);
        var second = BallotSheetCodec.Decode(BallotSheetCodec.Encode(
            [new Answer("attitude", "a1", ["satisfied"]), new Answer("conduct", "a1", []), new Answer("reverse", "a1", ["absent", "dues"]),
             new Answer("suggestions", "a1", [], "更多窗口")]), pool);

        Assert.Same(first[0], second[0]);   // attitude: one option
        Assert.Same(first[1], second[1]);   // conduct: skipped
        Assert.NotSame(first[2], second[2]); // a checklist with two options is not shared
        Assert.NotSame(first[3], second[3]); // nor is an answer with text
        Assert.Equal(first[2].OptionKeys, second[2].OptionKeys);
        Assert.Same(first[0].ItemKey, second[0].ItemKey);

        var elsewhere = BallotSheetCodec.Decode(BallotSheetCodec.Encode([new Answer("attitude", "a1", ["satisfied"])]), new StringPool());
        Assert.NotSame(first[0], elsewhere[0]);
        Assert.Equal(first[0].OptionKeys, elsewhere[0].OptionKeys);
    }

    [Fact]
    public void The_pool_finds_keys_whose_recent_slots_collide()
    {
        // Same length, first and last byte: the same slot of the pool's recent-key table, so each lookup of one
        // evicts the other there and the hashed path must still find it.
        var pool = new StringPool();
        string[] keys = ["a1xb", "a2xb", "a3xb", "a1yb"];
        var first = keys.Select(k => pool.GetOrAdd(Encoding.UTF8.GetBytes(k))).ToArray();
        for (var round = 0; round < 3; round++)
        {
            foreach (var (key, i) in keys.Select((k, i) => (k, i)))
            {
                var again = pool.GetOrAdd(Encoding.UTF8.GetBytes(key));
                Assert.Equal(key, again);
                Assert.Same(first[i], again);
            }
        }

        Assert.Equal(keys.Length, pool.Count);
    }

    [Fact]
    public void Shared_answers_are_keyed_by_the_very_strings()
    {
        var pool = new StringPool();
        var item = pool.GetOrAdd("attitude"u8);
        var subject = pool.GetOrAdd("a1"u8);
        var option = pool.GetOrAdd("satisfied"u8);

        var answer = pool.GetOrAddAnswer(item, subject, option);
        Assert.Same(answer, pool.GetOrAddAnswer(item, subject, option));
        Assert.Equal(new Answer("attitude", "a1", ["satisfied"]).ItemKey, answer.ItemKey);
        Assert.Equal(["satisfied"], answer.OptionKeys);
        Assert.Null(answer.Text);
        Assert.NotSame(answer, pool.GetOrAddAnswer(item, null, option));
        Assert.NotSame(answer, pool.GetOrAddAnswer(item, subject, null));
        Assert.Empty(pool.GetOrAddAnswer(item, subject, null).OptionKeys);

        // An equal string that is another instance is a miss, not a wrong hit: still a correct answer.
        var copy = new string("satisfied".AsSpan());
        var separate = pool.GetOrAddAnswer(item, subject, copy);
        Assert.Equal(answer.OptionKeys, separate.OptionKeys);
    }

    private static Answer[] RandomAnswers(Random random)
    {
        var answers = new Dictionary<(string, string?), Answer>();
        var count = random.Next(0, 12);
        for (var i = 0; i < count; i++)
        {
            var item = Items[random.Next(Items.Length)];
            var subject = Subjects[random.Next(Subjects.Length)];
            var options = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Options[random.Next(Options.Length)]).Distinct().ToArray();
            answers[(item, subject)] = new Answer(item, subject, options, Texts[random.Next(Texts.Length)]);
        }

        return [.. answers.Values];
    }

    private static Answer[] Sorted(Answer[] answers) =>
        [.. answers.OrderBy(a => a.ItemKey, StringComparer.Ordinal).ThenBy(a => a.SubjectId is null ? 0 : 1).ThenBy(a => a.SubjectId, StringComparer.Ordinal)];

    private static void AssertSame(IReadOnlyList<Answer> expected, IReadOnlyList<Answer> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].ItemKey, actual[i].ItemKey);
            Assert.Equal(expected[i].SubjectId, actual[i].SubjectId);
            Assert.Equal(expected[i].OptionKeys, actual[i].OptionKeys);
            Assert.Equal(expected[i].Text, actual[i].Text);
        }
    }
}

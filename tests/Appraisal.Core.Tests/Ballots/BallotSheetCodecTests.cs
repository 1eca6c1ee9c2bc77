using System.Security.Cryptography;
using System.Text;
using Appraisal.Core.Ballots;
using Appraisal.PluginApi.Ballots;

namespace Appraisal.Core.Tests.Ballots;

public sealed class BallotSheetCodecTests
{
    private static readonly Answer[] Sample =
    [
        new("rating", "张三", ["dissatisfied"]),
        new("reason", "张三", [], "工作作风不扎实，\"群众\"反映\n办事拖拉 😀"),
        new("overall", null, ["satisfied"]),
        new("comments", null, [], null),
        new("issues", "李四", ["slow", "late"]),
    ];

    private static string[] Describe(IEnumerable<Answer> answers) =>
        answers.Select(a => $"{a.ItemKey}|{a.SubjectId ?? "<null>"}|{string.Join(",", a.OptionKeys)}|{a.Text ?? "<null>"}").ToArray();

    [Fact]
    public void Answers_round_trip_with_chinese_text_nulls_and_empty_options()
    {
        var decoded = BallotSheetCodec.Decode(BallotSheetCodec.Encode(Sample));

        Assert.Equal(
            Describe(Sample.OrderBy(a => a.ItemKey, StringComparer.Ordinal).ThenBy(a => a.SubjectId, StringComparer.Ordinal)),
            Describe(decoded));
        Assert.Null(decoded.Single(a => a.ItemKey == "comments").Text);
        Assert.Null(decoded.Single(a => a.ItemKey == "overall").SubjectId);
        Assert.Empty(decoded.Single(a => a.ItemKey == "comments").OptionKeys);
    }

    [Fact]
    public void The_encoding_is_compact_and_keeps_chinese_as_utf8()
    {
        var bytes = BallotSheetCodec.Encode([new("rating", "张三", ["不满意"], "<b>&'\"\\")]);

        Assert.Equal("""[["rating","张三",["不满意"],"<b>&'\"\\"]]""", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void An_empty_sheet_is_an_empty_array()
    {
        Assert.Equal("[]"u8.ToArray(), BallotSheetCodec.Encode([]));
        Assert.Empty(BallotSheetCodec.Decode("[]"u8));
        Assert.Empty(BallotSheetCodec.Decode(" [ ] \n"u8));
    }

    [Fact]
    public void Two_orders_of_the_same_answers_encode_identically()
    {
        var reversed = Sample.Reverse().ToArray();
        var shuffled = Sample.OrderBy(a => a.Text?.Length ?? -1).ToArray();

        var canonical = BallotSheetCodec.Encode(Sample);

        Assert.Equal(canonical, BallotSheetCodec.Encode(reversed));
        Assert.Equal(canonical, BallotSheetCodec.Encode(shuffled));
        Assert.Equal(canonical, BallotSheetCodec.Encode(BallotSheetCodec.Decode(canonical)));
    }

    [Fact]
    public void Answers_sort_ordinally_by_item_then_subject_with_no_subject_first_and_options_keep_their_order()
    {
        var bytes = BallotSheetCodec.Encode(
        [
            new("b", "y", ["2", "1"]),
            new("b", "x", []),
            new("B", "z", []),
            new("b", null, []),
            new("a", "y", []),
        ]);

        Assert.Equal(
            """[["B","z",[],null],["a","y",[],null],["b",null,[],null],["b","x",[],null],["b","y",["2","1"],null]]""",
            Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Encoding_refuses_what_has_no_canonical_form()
    {
        Assert.Throws<ArgumentException>(() => BallotSheetCodec.Encode([new("a", "x", []), new("a", "x", ["1"])]));
        Assert.Throws<ArgumentException>(() => BallotSheetCodec.Encode([null!]));
        Assert.Throws<ArgumentException>(() => BallotSheetCodec.Encode([new(null!, null, [])]));
        Assert.Throws<ArgumentException>(() => BallotSheetCodec.Encode([new("a", null, [null!])]));
        Assert.Throws<ArgumentException>(() => BallotSheetCodec.Encode([new("a", null, [], "lone \uD800")]));
        Assert.Throws<ArgumentNullException>(() => BallotSheetCodec.Encode(null!));
    }

    [Fact]
    public void Every_truncation_of_a_sheet_is_refused()
    {
        var bytes = BallotSheetCodec.Encode(Sample);

        for (var length = 0; length < bytes.Length; length++)
        {
            var prefix = bytes[..length];
            Assert.Throws<FormatException>(() => BallotSheetCodec.Decode(prefix));
        }
    }

    [Theory]
    [InlineData("", "empty input")]
    [InlineData("{}", "an object")]
    [InlineData("\"a\"", "a string at the top")]
    [InlineData("[\"a\",null,[],null]", "one answer not wrapped in an array")]
    [InlineData("[[[\"a\"],null,[],null]]", "an array for the item key")]
    [InlineData("[[\"a\",null,[[\"x\"]],null]]", "an array inside the options")]
    [InlineData("[[\"a\",null,\"x\",null]]", "a string for the options")]
    [InlineData("[[1,null,[],null]]", "a number for the item key")]
    [InlineData("[[\"a\",2,[],null]]", "a number for the subject")]
    [InlineData("[[\"a\",null,[3],null]]", "a number for an option")]
    [InlineData("[[\"a\",null,[],4]]", "a number for the text")]
    [InlineData("[[\"a\",null,[],true]]", "a boolean for the text")]
    [InlineData("[[null,null,[],null]]", "a null item key")]
    [InlineData("[[\"a\",null,[null],null]]", "a null option")]
    [InlineData("[[\"a\",null,[]]]", "three elements")]
    [InlineData("[[\"a\",null,[],null,null]]", "five elements")]
    [InlineData("[[\"a\",null,[],null]] []", "a second value")]
    [InlineData("[[\"a\",null,[],null]]x", "trailing garbage")]
    [InlineData("[[\"a\",null,[],null],]", "a trailing comma")]
    [InlineData("[/* c */]", "a comment")]
    [InlineData("[[\"\\ud800\",null,[],null]]", "an escaped lone surrogate")]
    public void Malformed_sheets_throw_FormatException(string json, string because)
    {
        var bytes = Encoding.UTF8.GetBytes(json);

        var error = Assert.Throws<FormatException>(() => BallotSheetCodec.Decode(bytes));

        Assert.False(string.IsNullOrEmpty(error.Message), because);
    }

    [Fact]
    public void Invalid_utf8_throws_FormatException_with_or_without_a_pool()
    {
        byte[] bytes = [.. "[[\"a"u8, 0xC3, 0x28, .. "\",null,[],null]]"u8];
        byte[] inText = [.. "[[\"a\",null,[],\"x"u8, 0xFF, .. "\"]]"u8];

        Assert.Throws<FormatException>(() => BallotSheetCodec.Decode(bytes));
        Assert.Throws<FormatException>(() => BallotSheetCodec.Decode(bytes, new StringPool()));
        Assert.Throws<FormatException>(() => BallotSheetCodec.Decode(inText, new StringPool()));
    }

    [Fact]
    public void Decoding_with_a_pool_shares_key_instances_across_sheets_but_not_text()
    {
        var pool = new StringPool();
        var bytes = BallotSheetCodec.Encode(Sample);

        var first = BallotSheetCodec.Decode(bytes, pool);
        var second = BallotSheetCodec.Decode(bytes.ToArray(), pool);

        for (var i = 0; i < first.Count; i++)
        {
            Assert.Same(first[i].ItemKey, second[i].ItemKey);
            Assert.Same(first[i].SubjectId, second[i].SubjectId);
            for (var j = 0; j < first[i].OptionKeys.Count; j++)
            {
                Assert.Same(first[i].OptionKeys[j], second[i].OptionKeys[j]);
            }
        }

        var reason = first.Single(a => a.ItemKey == "reason");
        Assert.NotSame(reason.Text, second.Single(a => a.ItemKey == "reason").Text);
        Assert.Same(first.Single(a => a.ItemKey == "rating").SubjectId, reason.SubjectId);
    }

    [Fact]
    public void Escaped_keys_are_unescaped_before_interning()
    {
        var pool = new StringPool();

        var plain = BallotSheetCodec.Decode("""[["ab","\u5f20",[],null]]"""u8, pool);
        var escaped = BallotSheetCodec.Decode("""[["\u0061b","张",[],null]]"""u8, pool);

        Assert.Same(plain[0].ItemKey, escaped[0].ItemKey);
        Assert.Same(plain[0].SubjectId, escaped[0].SubjectId);
        Assert.Equal(("ab", "张"), (escaped[0].ItemKey, escaped[0].SubjectId));
    }

    [Fact]
    public void The_digest_is_sha256_of_the_documented_input()
    {
        var answers = BallotSheetCodec.Encode(Sample);

        var digest = BallotSheetCodec.Digest("群众", answers);

        byte[] expected = SHA256.HashData([.. "appraisal.ballot.v1\n6\n"u8, .. Encoding.UTF8.GetBytes("群众"), .. "\n"u8, .. answers]);
        Assert.Equal(expected, digest);
        Assert.Equal(32, digest.Length);
    }

    [Fact]
    public void The_digest_separates_the_group_from_the_answers()
    {
        var answers = BallotSheetCodec.Encode(Sample);

        Assert.Equal(BallotSheetCodec.Digest("members", answers), BallotSheetCodec.Digest("members", answers.ToArray()));
        Assert.NotEqual(BallotSheetCodec.Digest("members", answers), BallotSheetCodec.Digest("public", answers));
        Assert.NotEqual(BallotSheetCodec.Digest("members", answers), BallotSheetCodec.Digest("members", BallotSheetCodec.Encode(Sample[1..])));

        // Moving bytes between the group and the answers changes the digest, line feeds included.
        Assert.NotEqual(BallotSheetCodec.Digest("a\nb", "[]"u8), BallotSheetCodec.Digest("a", "b\n[]"u8));
        Assert.NotEqual(BallotSheetCodec.Digest("ab", "[]"u8), BallotSheetCodec.Digest("a", "b[]"u8));
        Assert.Throws<ArgumentNullException>(() => BallotSheetCodec.Digest(null!, "[]"u8));
    }
}

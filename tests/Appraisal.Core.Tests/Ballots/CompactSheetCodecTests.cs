using System.Text;
using Appraisal.Core.Ballots;
using Appraisal.PluginApi.Ballots;
using static Appraisal.Core.Tests.Ballots.AnswerSheets;

namespace Appraisal.Core.Tests.Ballots;

/// <summary>
/// The compact stored form (<see cref="CompactSheetCodec"/>) and the choice between it and JSON (<see cref="SheetStorage"/>):
/// what goes in comes out, sheets stored as JSON before still read, and the digest keeps meaning the canonical JSON.
/// </summary>
public sealed class CompactSheetCodecTests
{
    private static readonly SheetKeys Keys = SheetKeys.Of(Form, Subjects);

    private static readonly string[] TextPieces = ["意见", "a", "\"", "\\", "\n", "é", "😀", " "];

    [Fact]
    public void Random_sheets_come_back_with_the_same_answers_and_the_same_canonical_json()
    {
        var random = new Random(20_261_207);
        for (var n = 0; n < 2000; n++)
        {
            var answers = RandomAnswers(random);

            var compact = CompactSheetCodec.TryEncode(answers, Keys);

            Assert.NotNull(compact);
            Assert.True(CompactSheetCodec.IsCompact(compact));
            var decoded = CompactSheetCodec.Decode(compact, Keys, n % 2 == 0 ? new StringPool() : null);
            Assert.Equal(BallotSheetCodec.Encode(answers), BallotSheetCodec.Encode(decoded));
            // Canonical: the same answers in another order store the same bytes.
            Assert.Equal(compact, CompactSheetCodec.TryEncode([.. answers.OrderBy(_ => random.Next())], Keys));
        }
    }

    [Fact]
    public void A_sheet_is_stored_compact_and_digested_over_its_canonical_json()
    {
        var answers = new List<Answer> { Choice("rating", "B", "satisfied"), Text("comments", null, "窗口 \"很好\"\n"), Choice("issues", "A", "slow", "late") };

        var (stored, digest) = SheetStorage.Store("masses", answers, Keys);

        var json = BallotSheetCodec.Encode(answers);
        Assert.True(CompactSheetCodec.IsCompact(stored));
        Assert.True(stored.Length * 3 < json.Length, $"{stored.Length} compact bytes against {json.Length} of JSON");
        Assert.Equal(BallotSheetCodec.Digest("masses", json), digest);
        Assert.Equal(digest, SheetStorage.Digest("masses", stored, Keys));
        Assert.NotEqual(digest, SheetStorage.Digest("members", stored, Keys));
        Assert.Equal(json, BallotSheetCodec.Encode(SheetStorage.Decode(stored, Keys)));
    }

    [Fact]
    public void A_json_sheet_stored_before_still_decodes_and_digests_over_its_stored_bytes()
    {
        var json = BallotSheetCodec.Encode(Valid());
        var spelledOtherwise = Encoding.UTF8.GetBytes("""[ ["overall", null, ["satisfied"], null] ]""");

        Assert.Equal(json, BallotSheetCodec.Encode(SheetStorage.Decode(json, Keys)));
        Assert.Equal(BallotSheetCodec.Digest("masses", json), SheetStorage.Digest("masses", json, Keys));
        Assert.Equal("satisfied", Assert.Single(SheetStorage.Decode(spelledOtherwise, Keys)).OptionKeys[0]);
        Assert.Equal(BallotSheetCodec.Digest("masses", spelledOtherwise), SheetStorage.Digest("masses", spelledOtherwise, Keys));
    }

    [Theory]
    [InlineData("unlisted-item", null, "satisfied")]
    [InlineData("rating", "Z", "satisfied")]
    [InlineData("rating", "A", "unlisted-option")]
    public void Answers_the_numbering_lacks_are_stored_as_json(string item, string? subject, string option)
    {
        List<Answer> answers = [Choice("overall", null, "satisfied"), Choice(item, subject, option)];

        var (stored, digest) = SheetStorage.Store("masses", answers, Keys);

        Assert.Null(CompactSheetCodec.TryEncode(answers, Keys));
        Assert.Equal(BallotSheetCodec.Encode(answers), stored);
        Assert.Equal(digest, SheetStorage.Digest("masses", stored, Keys));
    }

    [Fact]
    public void Text_that_is_not_valid_unicode_is_refused_as_json_refuses_it()
    {
        List<Answer> answers = [Text("comments", null, "bad \uD800 text")];

        Assert.Null(CompactSheetCodec.TryEncode(answers, Keys));
        Assert.Throws<ArgumentException>(() => SheetStorage.Store("masses", answers, Keys));
    }

    [Theory]
    [InlineData("00 01 00")] // a section header cut short
    [InlineData("00 01 00 05 00 02 01")] // a section longer than the sheet
    [InlineData("00 01 02 03 03 02 01 01 03 03 02 00")] // subject A after subject B
    [InlineData("00 01 00 00")] // an empty section
    [InlineData("00 01 00 02 09 00")] // item number 9 of 6
    [InlineData("00 01 00 03 00 02 07")] // option number 7 of 4
    [InlineData("00 01 00 04 00 00 00 00")] // the same item twice
    [InlineData("00 01 00 04 02 01 03 FF")] // text longer than its section
    [InlineData("00 01 00 05 02 01 02 FF FE")] // text that is not UTF-8
    [InlineData("00 01 00 03 00 82 00")] // a number spelled in more bytes than it needs
    [InlineData("00 01 03 02 03 00")] // subject number 3 of 2
    public void Malformed_compact_sheets_are_refused_with_a_format_error(string hex)
    {
        var bytes = Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));

        var error = Assert.Throws<FormatException>(() => SheetStorage.Decode(bytes, Keys));
        Assert.Contains("compact ballot sheet", error.Message);
    }

    [Fact]
    public void An_empty_sheet_is_the_marker_alone()
    {
        var stored = CompactSheetCodec.TryEncode([], Keys);

        Assert.Equal(CompactSheetCodec.Marker.ToArray(), stored);
        Assert.Empty(CompactSheetCodec.Decode(stored, Keys));
    }

    /// <summary>Any subset of the questionnaire's cells, with any options of the item's scale, and texts now and then.</summary>
    private static List<Answer> RandomAnswers(Random random)
    {
        var answers = new List<Answer>();
        foreach (var item in Form.Items)
        {
            var scale = Form.FindScale(item.ScaleKey);
            foreach (var subject in item.Scope == PluginApi.Questionnaires.ItemScope.PerBallot ? [null] : Subjects.Select(s => (string?)s.Id))
            {
                if (random.Next(4) == 0)
                {
                    continue;
                }

                var options = scale is null ? [] : scale.Options.Select(o => o.Key).Where(_ => random.Next(3) == 0).OrderBy(_ => random.Next()).ToArray();
                var text = random.Next(3) == 0 ? string.Concat(Enumerable.Range(0, random.Next(0, 100)).Select(_ => TextPieces[random.Next(TextPieces.Length)])) : null;
                answers.Add(new Answer(item.Key, subject, options, text));
            }
        }

        return answers;
    }
}

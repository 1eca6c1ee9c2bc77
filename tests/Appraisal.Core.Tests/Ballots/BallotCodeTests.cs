using System.Text.RegularExpressions;
using Appraisal.Core.Ballots;

namespace Appraisal.Core.Tests.Ballots;

public sealed class BallotCodeTests
{
    /// <summary>Payload bytes 0..13 give symbols 0..D; the check symbol C was computed by a separate script.</summary>
    private static readonly BallotCode Known = BallotCode.Generate(new FixedRandom([.. Enumerable.Range(0, 14).Select(b => (byte)b)]));

    [Fact]
    public void Generated_codes_survive_display_and_parse()
    {
        for (var i = 0; i < 200; i++)
        {
            var code = BallotCode.Generate();
            var display = code.ToString();

            Assert.Matches(new Regex("^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$"), display);
            Assert.Equal(display.Replace("-", "", StringComparison.Ordinal), code.Canonical);
            Assert.Equal(code, BallotCode.Parse(display));
            Assert.Equal(code, BallotCode.Parse(code.Canonical));
        }
    }

    [Fact]
    public void The_check_symbol_matches_an_independent_computation()
    {
        Assert.Equal("0123456789ABCDC", Known.Canonical);
        Assert.Equal("01234-56789-ABCDC", Known.ToString());
    }

    [Theory]
    [InlineData("01234-56789-abcdc")]
    [InlineData(" 0123 4567 89AB CDC ")]
    [InlineData("0-1-2-3-4-5-6-7-8-9-A-B-C-D-C")]
    [InlineData("01234\t56789\nABCDC")]
    [InlineData("01234–56789—ABCDC")]
    [InlineData("０１２３４－５６７８９－ＡＢＣＤＣ")]
    public void Parse_forgives_case_spacing_dashes_and_full_width_input(string typed) =>
        Assert.Equal(Known, BallotCode.Parse(typed));

    [Fact]
    public void Parse_reads_look_alikes_as_the_symbols_they_resemble()
    {
        // Byte 0 is '0', 1 is '1', 27 is 'V': a payload made only of symbols that have look-alikes.
        var code = BallotCode.Generate(new FixedRandom(0, 1, 27));
        var typed = code.ToString().Replace('0', 'O').Replace('V', 'u');
        var withI = typed.Replace('1', 'I');
        var withL = typed.Replace('1', 'l');

        Assert.Contains('O', typed);
        Assert.Contains('u', typed);
        Assert.Contains('I', withI);
        Assert.Equal(code, BallotCode.Parse(withI));
        Assert.Equal(code, BallotCode.Parse(withL));
    }

    [Theory]
    [InlineData("01234-56789-ABCD", 14)]
    [InlineData("01234-56789-ABCDCC", 16)]
    [InlineData("0", 1)]
    public void Wrong_length_is_reported_with_the_count_typed(string typed, int count)
    {
        Assert.False(BallotCode.TryParse(typed, out var code, out var problem));
        Assert.Null(code);
        Assert.Equal(BallotCodeProblemKind.WrongLength, problem.Kind);
        Assert.Equal($"A ballot code has 15 characters; {count} were typed.", problem.Message);
    }

    [Theory]
    [InlineData("01234-56789-ABCD#", '#')]
    [InlineData("01234_56789_ABCDC", '_')]
    [InlineData("测评码01234", '测')]
    [InlineData("AB*", '*')]
    public void Unknown_characters_are_named_before_length_is_checked(string typed, char unknown)
    {
        Assert.False(BallotCode.TryParse(typed, out _, out var problem));
        Assert.Equal(BallotCodeProblemKind.UnknownCharacter, problem.Kind);
        Assert.StartsWith($"'{unknown}' is not used in ballot codes", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" - -  ")]
    public void Nothing_typed_is_reported_as_empty(string? typed)
    {
        Assert.False(BallotCode.TryParse(typed, out _, out var problem));
        Assert.Equal(BallotCodeProblemKind.Empty, problem.Kind);
    }

    [Fact]
    public void A_mistyped_character_is_reported_in_the_voters_words()
    {
        Assert.False(BallotCode.TryParse("01234-56789-ABCDD", out _, out var problem));
        Assert.Equal(BallotCodeProblemKind.CheckCharacterMismatch, problem.Kind);
        Assert.Equal("Check character does not match: a character was mistyped.", problem.Message);
        Assert.Equal(problem.Message, Assert.Throws<FormatException>(() => BallotCode.Parse("01234-56789-ABCDD")).Message);
    }

    [Fact]
    public void Canonical_form_goes_into_a_url_path_unescaped()
    {
        for (var i = 0; i < 200; i++)
        {
            var canonical = BallotCode.Generate().Canonical;
            Assert.Equal(canonical, Uri.EscapeDataString(canonical));
        }
    }

    [Fact]
    public void Lookup_key_is_the_sha256_of_the_canonical_form_whatever_was_typed()
    {
        // sha256sum of the ASCII text "0123456789ABCDC".
        const string Expected = "cf37d31404ecc6bd7d8e8cdbab7fa9e7b84094278049b5599ab415402a0fbc52";

        Assert.Equal(Expected, Known.LookupKey);
        Assert.Equal(Expected, BallotCode.Parse("o1234 56789 abcdc").LookupKey);
        Assert.NotEqual(Expected, BallotCode.Generate().LookupKey);
    }
}

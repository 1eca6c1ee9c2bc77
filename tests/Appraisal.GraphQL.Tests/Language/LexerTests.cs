using System.Text;
using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Tests.Language;

public sealed class LexerTests
{
    [Fact]
    public void Punctuators_AreAllRecognised()
    {
        var tokens = Kinds("! $ & ( ) ... : = @ [ ] { | }");

        Assert.Equal(
            [
                TokenKind.Bang, TokenKind.Dollar, TokenKind.Amp, TokenKind.ParenL, TokenKind.ParenR,
                TokenKind.Spread, TokenKind.Colon, TokenKind.Equals, TokenKind.At, TokenKind.BracketL,
                TokenKind.BracketR, TokenKind.BraceL, TokenKind.Pipe, TokenKind.BraceR,
            ],
            tokens);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("_private")]
    [InlineData("__typename")]
    [InlineData("camelCase42")]
    [InlineData("SCREAMING_SNAKE")]
    public void Names_AreReadWhole(string name)
    {
        Assert.Equal((TokenKind.Name, name), First(name));
    }

    [Theory]
    [InlineData("0", TokenKind.Int)]
    [InlineData("-0", TokenKind.Int)]
    [InlineData("42", TokenKind.Int)]
    [InlineData("-9876543210", TokenKind.Int)]
    [InlineData("0.0", TokenKind.Float)]
    [InlineData("-1.5", TokenKind.Float)]
    [InlineData("1e10", TokenKind.Float)]
    [InlineData("1E-10", TokenKind.Float)]
    [InlineData("6.0221e+23", TokenKind.Float)]
    public void Numbers_KeepTheirSourceText(string number, TokenKind kind)
    {
        Assert.Equal((kind, number), First(number));
    }

    [Theory]
    [InlineData("8f31", "Invalid number, expected digit but got: \"f\".", 2)]
    [InlineData("1_000", "Invalid number, expected digit but got: \"_\".", 2)]
    [InlineData("00", "Invalid number, unexpected digit after 0: \"0\".", 2)]
    [InlineData("01", "Invalid number, unexpected digit after 0: \"1\".", 2)]
    [InlineData("1.", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1.a", "Invalid number, expected digit but got: \"a\".", 3)]
    [InlineData("1.5.5", "Invalid number, expected digit but got: \".\".", 4)]
    [InlineData("1e", "Invalid number, expected digit but got: <EOF>.", 3)]
    [InlineData("1e+", "Invalid number, expected digit but got: <EOF>.", 4)]
    [InlineData("-a", "Invalid number, expected digit but got: \"a\".", 2)]
    [InlineData("1.\"", "Invalid number, expected digit but got: '\"'.", 3)]
    [InlineData(".5", "Invalid number, expected digit before \".\", did you mean \"0.5\"?", 1)]
    public void InvalidNumbers_AreReportedLikeGraphQLJs(string source, string message, int column)
    {
        var error = LexError(source);

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(message, error.Description);
        Assert.Equal(1, error.Line);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("\"\"", "")]
    [InlineData("\"simple\"", "simple")]
    [InlineData("\" white space \"", " white space ")]
    [InlineData("\"quote \\\"\"", "quote \"")]
    [InlineData("\"escaped \\\\ \\/ \\b \\f \\n \\r \\t\"", "escaped \\ / \b \f \n \r \t")]
    [InlineData("\"\\u00e9\\u00C9\"", "éÉ")]
    [InlineData("\"\\u{1F600}\"", "😀")]
    [InlineData("\"\\u{0}\\u{00000041}\"", "\0A")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"unicode é 中文 😀\"", "unicode é 中文 😀")]
    [InlineData("\"bell \u0007 is allowed\"", "bell \u0007 is allowed")]
    public void Strings_ResolveEveryEscape(string source, string value)
    {
        Assert.Equal(value, Value(source));
    }

    [Theory]
    [InlineData("\"\\x\"", "Invalid character escape sequence: \"\\x\".")]
    [InlineData("\"\\u12\"", "Invalid Unicode escape sequence: \"\\u12\"\".")]
    [InlineData("\"\\uZZZZ\"", "Invalid Unicode escape sequence: \"\\uZZZZ\".")]
    [InlineData("\"\\u{}\"", "Invalid Unicode escape sequence: \"\\u{}\".")]
    [InlineData("\"\\u{110000}\"", "Invalid Unicode escape sequence: \"\\u{110000}\".")]
    [InlineData("\"\\u{FFFFFFFFF}\"", "Invalid Unicode escape sequence: \"\\u{FFFFFFFF\".")]
    [InlineData("\"\\u{1F600\"", "Invalid Unicode escape sequence: \"\\u{1F600\"\".")]
    [InlineData("\"é\\é\"", "Invalid character escape sequence: \"\\é\".")]
    public void InvalidEscapes_AreReportedWithTheirText(string source, string message)
    {
        var error = LexError(source);

        Assert.Equal(message, error.Description);
        Assert.Equal(source.IndexOf('\\', StringComparison.Ordinal) + 1, error.Column);
    }

    [Theory]
    [InlineData("\"\\uD800\"", "\\uD800")]
    [InlineData("\"\\uDBFF\\uD800\"", "\\uDBFF")]
    [InlineData("\"\\uDC00\"", "\\uDC00")]
    [InlineData("\"\\uD800\\u0041\"", "\\uD800")]
    [InlineData("\"\\u{D800}\"", "\\u{D800}")]
    [InlineData("\"\\u{DFFF}\"", "\\u{DFFF}")]
    public void LoneSurrogateEscapes_AreRejected(string source, string quoted)
    {
        Assert.Equal($"Invalid Unicode escape sequence: \"{quoted}\".", LexError(source).Description);
    }

    [Fact]
    public void LoneSurrogateInStringSource_IsRejectedInsideAString()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(x: \"a\uD800b\") }"));

        Assert.Equal("Syntax Error: Invalid character within String: U+D800.", error.Message);
        Assert.Equal(10, error.Column);
    }

    [Fact]
    public void LoneSurrogateInStringSource_IsRejectedOutsideAString()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a \uDC00 }"));

        Assert.Equal("Syntax Error: Invalid character: U+DC00.", error.Message);
    }

    [Fact]
    public void SurrogatePairInStringSource_IsOneCharacter()
    {
        Assert.Equal("😀", Value("\"\uD83D\uDE00\""));
    }

    [Fact]
    public void MalformedUtf8_IsRejected()
    {
        byte[] source = [(byte)'"', (byte)'a', 0xFF, (byte)'"'];

        var error = Assert.Throws<GraphQLSyntaxException>(() => LexAll(source));

        Assert.Equal("Invalid character within String: 0xFF (invalid UTF-8).", error.Description);
        Assert.Equal(2, error.Offset);
    }

    [Theory]
    [InlineData("\"abc", 5)]
    [InlineData("\"abc\ndef\"", 5)]
    [InlineData("\"abc\r\"", 5)]
    [InlineData("\"\"\"abc", 7)]
    [InlineData("\"\"\"abc\\\"\"\"", 11)]
    public void UnterminatedStrings_AreReportedWhereTheyStop(string source, int column)
    {
        var error = LexError(source);

        Assert.Equal("Unterminated string.", error.Description);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void BlockString_RemovesCommonIndentationAndBlankEdgeLines()
    {
        const string source = "\"\"\"\n    Hello,\n      World!\n\n    Yours,\n      GraphQL.\n  \"\"\"";

        Assert.Equal("Hello,\n  World!\n\nYours,\n  GraphQL.", Value(source));
    }

    [Theory]
    [InlineData("\"\"\"\"\"\"", "")]
    [InlineData("\"\"\"  \n   \n  \"\"\"", "")]
    [InlineData("\"\"\"single line\"\"\"", "single line")]
    [InlineData("\"\"\"  keeps first line indentation\"\"\"", "  keeps first line indentation")]
    [InlineData("\"\"\"first\n    second\n      third\"\"\"", "first\nsecond\n  third")]
    [InlineData("\"\"\"\ta\n\t\tb\n\"\"\"", "\ta\nb")]
    [InlineData("\"\"\"\r\n  a\r\n  b\r  c\r\n\"\"\"", "a\nb\nc")]
    [InlineData("\"\"\"\n  a\n \n  b\n\"\"\"", "a\n\nb")]
    [InlineData("\"\"\"escaped \\\"\"\" quotes\"\"\"", "escaped \"\"\" quotes")]
    [InlineData("\"\"\"no \\n escapes \\u0041\"\"\"", "no \\n escapes \\u0041")]
    [InlineData("\"\"\"quote \" and \"\" inside\"\"\"", "quote \" and \"\" inside")]
    [InlineData("\"\"\"\n  unicode é 😀\n\"\"\"", "unicode é 😀")]
    public void BlockStrings_FollowBlockStringValue(string source, string value)
    {
        Assert.Equal(TokenKind.BlockString, First(source).Kind);
        Assert.Equal(value, Value(source));
    }

    [Fact]
    public void Comments_AreReadButSkippedByAdvance()
    {
        var source = Encoding.UTF8.GetBytes("# first é\na # second\r\nb");
        var lexer = new Lexer(source);

        Assert.Equal(TokenKind.Comment, lexer.Read());
        Assert.Equal(" first é", lexer.GetValue());
        Assert.Equal(TokenKind.Name, lexer.Read());
        Assert.Equal(TokenKind.Comment, lexer.Read());
        Assert.Equal(TokenKind.Name, lexer.Read());
        Assert.Equal(3, lexer.Line);

        var skipping = new Lexer(source);
        Assert.Equal(TokenKind.Name, skipping.Advance());
        Assert.Equal("a", skipping.GetValue());
        Assert.Equal(TokenKind.Name, skipping.Advance());
        Assert.Equal("b", skipping.GetValue());
        Assert.Equal(TokenKind.EndOfFile, skipping.Advance());
    }

    [Fact]
    public void IgnoredTokens_AreSkipped()
    {
        Assert.Equal([TokenKind.Name, TokenKind.Name, TokenKind.Name], Kinds("\uFEFF a ,,, b\t\r\n\rc ,"));
    }

    [Fact]
    public void Tokens_KnowTheirLineColumnAndOffsets()
    {
        var positions = Positions("{\n  a(x: \"\"\"\n  two\n  lines\"\"\") b\r\n\r  c\n}");

        Assert.Equal(
            [
                (TokenKind.BraceL, 1, 1, 0, 1),
                (TokenKind.Name, 2, 3, 4, 5),
                (TokenKind.ParenL, 2, 4, 5, 6),
                (TokenKind.Name, 2, 5, 6, 7),
                (TokenKind.Colon, 2, 6, 7, 8),
                (TokenKind.BlockString, 2, 8, 9, 29),
                (TokenKind.ParenR, 4, 11, 29, 30),
                (TokenKind.Name, 4, 13, 31, 32),
                (TokenKind.Name, 6, 3, 37, 38),
                (TokenKind.BraceR, 7, 1, 39, 40),
            ],
            positions);
    }

    [Fact]
    public void Columns_CountUtf16CodeUnits_LikeGraphQLJs()
    {
        var positions = Positions("\"é😀\" a \uFEFFb # 中\nc");

        // é😀 is 6 bytes but 3 UTF-16 code units; the BOM is 3 bytes but 1 unit.
        Assert.Equal((TokenKind.Name, 1, 7, 9, 10), positions[1]);
        Assert.Equal((TokenKind.Name, 1, 10, 14, 15), positions[2]);
        Assert.Equal((TokenKind.Name, 2, 1, 22, 23), positions[3]);
    }

    [Theory]
    [InlineData("\u0007", "Unexpected character: U+0007.")]
    [InlineData("~", "Unexpected character: \"~\".")]
    [InlineData("é", "Unexpected character: U+00E9.")]
    [InlineData("😀", "Unexpected character: U+1F600.")]
    [InlineData("\u00A0", "Unexpected character: U+00A0.")]
    [InlineData(".", "Unexpected character: \".\".")]
    [InlineData("..", "Unexpected \"..\", did you mean \"...\"?")]
    [InlineData("'a'", "Unexpected single quote character ('), did you mean to use a double quote (\")?")]
    public void UnexpectedCharacters_AreReportedLikeGraphQLJs(string source, string message)
    {
        Assert.Equal(message, LexError(source).Description);
    }

    [Fact]
    public void EndOfFile_IsSticky()
    {
        var lexer = new Lexer("a"u8);

        Assert.Equal(TokenKind.StartOfFile, lexer.Kind);
        Assert.Equal(TokenKind.Name, lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        Assert.Equal(1, lexer.Start);
    }

    [Fact]
    public void GetValue_OnAPunctuator_Throws()
    {
        Assert.Throws<InvalidOperationException>(() =>
        {
            var lexer = new Lexer("{"u8);
            lexer.Advance();
            return lexer.GetValue();
        });
    }

    private static List<TokenKind> Kinds(string source) => [.. Tokens(source).Select(token => token.Kind)];

    private static (TokenKind Kind, string Text) First(string source) => Tokens(source)[0];

    private static List<(TokenKind Kind, string Text)> Tokens(string source)
    {
        var lexer = new Lexer(Encoding.UTF8.GetBytes(source));
        var tokens = new List<(TokenKind, string)>();
        while (lexer.Advance() != TokenKind.EndOfFile)
        {
            tokens.Add((lexer.Kind, Encoding.UTF8.GetString(lexer.RawValue)));
        }

        return tokens;
    }

    private static List<(TokenKind Kind, int Line, int Column, int Start, int End)> Positions(string source)
    {
        var lexer = new Lexer(Encoding.UTF8.GetBytes(source));
        var positions = new List<(TokenKind, int, int, int, int)>();
        while (lexer.Advance() != TokenKind.EndOfFile)
        {
            positions.Add((lexer.Kind, lexer.Line, lexer.Column, lexer.Start, lexer.End));
        }

        return positions;
    }

    private static string Value(string source)
    {
        var lexer = new Lexer(Encoding.UTF8.GetBytes(source));
        lexer.Advance();
        var value = lexer.GetValue();
        Assert.Equal(TokenKind.EndOfFile, lexer.Advance());
        return value;
    }

    private static GraphQLSyntaxException LexError(string source) =>
        Assert.Throws<GraphQLSyntaxException>(() => LexAll(Encoding.UTF8.GetBytes(source)));

    private static void LexAll(byte[] source)
    {
        var lexer = new Lexer(source);
        while (lexer.Read() != TokenKind.EndOfFile)
        {
        }
    }
}

using System.Buffers;
using System.Text;

namespace Appraisal.GraphQL.Language;

/// <summary>
/// Splits UTF-8 source text into tokens, following "Section 2.1 Source Text" of the spec. It works on the
/// bytes directly: punctuators and keywords never become strings, and <see cref="GetValue"/> allocates a
/// name or value only when the parser builds a node from it. Lexical errors throw
/// <see cref="GraphQLSyntaxException"/> with graphql-js's wording.
/// </summary>
/// <remarks>
/// The lexer starts on <see cref="TokenKind.StartOfFile"/>; call <see cref="Advance"/> (skips comments) or
/// <see cref="Read"/> (returns comments too) to move to the next token. Once at
/// <see cref="TokenKind.EndOfFile"/> it stays there.
/// </remarks>
public ref partial struct Lexer
{
    private static readonly SearchValues<byte> NameContinue =
        SearchValues.Create("_0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    private readonly ReadOnlySpan<byte> _source;
    private readonly bool _schemaCoordinate;
    private int _position;
    private int _line;
    private int _lineStart;

    // UTF-8 bytes minus UTF-16 code units between _lineStart and _position: columns are counted in
    // UTF-16 code units (like graphql-js), so multi-byte characters seen on this line shift them.
    private int _lineAdjust;

    /// <summary>Creates a lexer positioned before the first token of <paramref name="source"/>.</summary>
    public Lexer(ReadOnlySpan<byte> source)
        : this(source, schemaCoordinate: false)
    {
    }

    internal Lexer(ReadOnlySpan<byte> source, bool schemaCoordinate)
    {
        _source = source;
        _schemaCoordinate = schemaCoordinate;
        _line = 1;
        Kind = TokenKind.StartOfFile;
    }

    /// <summary>The kind of the current token.</summary>
    public TokenKind Kind { get; private set; }

    /// <summary>Offset of the current token's first byte.</summary>
    public int Start { get; private set; }

    /// <summary>Offset just past the current token's last byte.</summary>
    public int End { get; private set; }

    /// <summary>1-based line of the current token (0 before the first token).</summary>
    public int Line { get; private set; }

    /// <summary>1-based column of the current token in UTF-16 code units (0 before the first token).</summary>
    public int Column { get; private set; }

    /// <summary>The source bytes of the current token, quotes and escapes included.</summary>
    public readonly ReadOnlySpan<byte> RawValue => _source[Start..End];

    /// <summary>Moves to the next significant token, skipping comments.</summary>
    public TokenKind Advance()
    {
        TokenKind kind;
        do
        {
            kind = Read();
        }
        while (kind == TokenKind.Comment);
        return kind;
    }

    /// <summary>Moves to the next token, comments included.</summary>
    public TokenKind Read()
    {
        if (Kind == TokenKind.EndOfFile)
        {
            return Kind;
        }

        return _schemaCoordinate ? ReadSchemaCoordinateToken() : ReadToken();
    }

    /// <summary>
    /// The value of the current Name, Int, Float, String, BlockString or Comment token: a string's escapes
    /// are resolved, a block string's indentation is removed (BlockStringValue()), a comment loses its
    /// <c>#</c>. Allocates a new string on each call.
    /// </summary>
    /// <exception cref="InvalidOperationException">The current token is a punctuator.</exception>
    public readonly string GetValue() => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float => Encoding.UTF8.GetString(RawValue),
        TokenKind.String => StringValueDecoder.Decode(_source[(Start + 1)..(End - 1)]),
        TokenKind.BlockString => BlockStringValue.FromRaw(_source[(Start + 3)..(End - 3)]),
        TokenKind.Comment => Encoding.UTF8.GetString(_source[(Start + 1)..End]),
        _ => throw new InvalidOperationException($"A {Kind} token has no value."),
    };

    /// <summary>True when the current token is the name <paramref name="keyword"/>; allocates nothing.</summary>
    internal readonly bool IsKeyword(string keyword) =>
        Kind == TokenKind.Name && Ascii.Equals(RawValue, keyword);

    /// <summary>The current token as graphql-js names it in messages: <c>Name "foo"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    internal readonly string DescribeToken() => Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String
            or TokenKind.BlockString or TokenKind.Comment => $"{DescribeKind(Kind)} \"{GetValue()}\"",
        _ => DescribeKind(Kind),
    };

    /// <summary>A token kind as graphql-js names it in messages; punctuators are quoted.</summary>
    internal static string DescribeKind(TokenKind kind) => kind switch
    {
        TokenKind.StartOfFile => "<SOF>",
        TokenKind.EndOfFile => "<EOF>",
        TokenKind.Bang => "\"!\"",
        TokenKind.Dollar => "\"$\"",
        TokenKind.Amp => "\"&\"",
        TokenKind.ParenL => "\"(\"",
        TokenKind.ParenR => "\")\"",
        TokenKind.Dot => "\".\"",
        TokenKind.Spread => "\"...\"",
        TokenKind.Colon => "\":\"",
        TokenKind.Equals => "\"=\"",
        TokenKind.At => "\"@\"",
        TokenKind.BracketL => "\"[\"",
        TokenKind.BracketR => "\"]\"",
        TokenKind.BraceL => "\"{\"",
        TokenKind.Pipe => "\"|\"",
        TokenKind.BraceR => "\"}\"",
        _ => kind.ToString(),
    };

    /// <summary>A syntax error at <paramref name="offset"/> of this lexer's source.</summary>
    internal readonly GraphQLSyntaxException Error(int offset, string description)
    {
        var (line, column) = SourceText.LineAndColumn(_source, offset);
        return new GraphQLSyntaxException(description, offset, line, column);
    }

    /// <summary>
    /// <code>
    /// Token ::
    ///   - Punctuator
    ///   - Name
    ///   - IntValue
    ///   - FloatValue
    ///   - StringValue
    /// Ignored ::
    ///   - UnicodeBOM
    ///   - Whitespace
    ///   - LineTerminator
    ///   - Comment
    ///   - Comma
    /// </code>
    /// </summary>
    private TokenKind ReadToken()
    {
        var source = _source;
        var position = _position;
        while (position < source.Length)
        {
            var code = source[position];
            switch (code)
            {
                case (byte)' ':
                case (byte)'\t':
                case (byte)',':
                    // Indentation comes in runs: skip the whole run at once.
                    var run = source[position..].IndexOfAnyExcept((byte)' ', (byte)'\t', (byte)',');
                    position = run < 0 ? source.Length : position + run;
                    continue;
                case (byte)'\n':
                    StartLine(position + 1);
                    position++;
                    continue;
                case (byte)'\r':
                    position += PeekAt(position + 1) == '\n' ? 2 : 1;
                    StartLine(position);
                    continue;
                case 0xEF when PeekAt(position + 1) == 0xBB && PeekAt(position + 2) == 0xBF:
                    position += 3; // UnicodeBOM: three bytes, one UTF-16 code unit
                    _lineAdjust += 2;
                    continue;
                case (byte)'#':
                    return ReadComment(position);
                case (byte)'!':
                    return Punctuator(TokenKind.Bang, position, 1);
                case (byte)'$':
                    return Punctuator(TokenKind.Dollar, position, 1);
                case (byte)'&':
                    return Punctuator(TokenKind.Amp, position, 1);
                case (byte)'(':
                    return Punctuator(TokenKind.ParenL, position, 1);
                case (byte)')':
                    return Punctuator(TokenKind.ParenR, position, 1);
                case (byte)'.':
                    return ReadSpread(position);
                case (byte)':':
                    return Punctuator(TokenKind.Colon, position, 1);
                case (byte)'=':
                    return Punctuator(TokenKind.Equals, position, 1);
                case (byte)'@':
                    return Punctuator(TokenKind.At, position, 1);
                case (byte)'[':
                    return Punctuator(TokenKind.BracketL, position, 1);
                case (byte)']':
                    return Punctuator(TokenKind.BracketR, position, 1);
                case (byte)'{':
                    return Punctuator(TokenKind.BraceL, position, 1);
                case (byte)'|':
                    return Punctuator(TokenKind.Pipe, position, 1);
                case (byte)'}':
                    return Punctuator(TokenKind.BraceR, position, 1);
                case (byte)'"':
                    return PeekAt(position + 1) == '"' && PeekAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
            }

            if (IsDigit(code) || code == '-')
            {
                return ReadNumber(position);
            }

            if (IsNameStart(code))
            {
                return ReadName(position);
            }

            throw UnexpectedCharacter(position);
        }

        return Punctuator(TokenKind.EndOfFile, source.Length, 0);
    }

    /// <summary>
    /// <c>...</c>, or one of graphql-js's helpful errors for a lone or doubled dot.
    /// </summary>
    private TokenKind ReadSpread(int position)
    {
        var next = PeekAt(position + 1);
        if (next == '.' && PeekAt(position + 2) == '.')
        {
            return Punctuator(TokenKind.Spread, position, 3);
        }

        if (next == '.')
        {
            throw Error(position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (IsDigit(next))
        {
            var end = position + 2;
            while (IsDigit(PeekAt(end)))
            {
                end++;
            }

            var digits = Encoding.ASCII.GetString(_source[(position + 1)..end]);
            throw Error(position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
        }

        throw UnexpectedCharacter(position);
    }

    /// <summary>
    /// <code>
    /// Comment :: `#` CommentChar* [lookahead != CommentChar]
    /// CommentChar :: SourceCharacter but not LineTerminator
    /// </code>
    /// </summary>
    private TokenKind ReadComment(int start)
    {
        BeginToken(start);
        var position = start + 1;
        while (position < _source.Length)
        {
            var code = _source[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }

            if (code < 0x80)
            {
                position++;
                continue;
            }

            var size = DecodeCodePoint(position, out var codePoint);
            if (!IsScalarValue(codePoint))
            {
                break; // not a SourceCharacter: the next read reports it
            }

            CountMultiByte(size, codePoint);
            position += size;
        }

        return FinishToken(TokenKind.Comment, position);
    }

    /// <summary>
    /// <code>
    /// Name ::
    ///   - NameStart NameContinue* [lookahead != NameContinue]
    /// </code>
    /// </summary>
    private TokenKind ReadName(int start)
    {
        BeginToken(start);
        var length = _source[(start + 1)..].IndexOfAnyExcept(NameContinue);
        return FinishToken(TokenKind.Name, length < 0 ? _source.Length : start + 1 + length);
    }

    private TokenKind Punctuator(TokenKind kind, int start, int length)
    {
        BeginToken(start);
        return FinishToken(kind, start + length);
    }

    private void BeginToken(int start)
    {
        Start = start;
        Line = _line;
        Column = 1 + start - _lineStart - _lineAdjust;
    }

    private TokenKind FinishToken(TokenKind kind, int end)
    {
        End = end;
        Kind = kind;
        _position = end;
        return kind;
    }

    private void StartLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
        _lineAdjust = 0;
    }

    private void CountMultiByte(int size, int codePoint) =>
        _lineAdjust += size - (codePoint >= 0x10000 ? 2 : 1);

    /// <summary>The byte at <paramref name="offset"/>, or -1 past the end.</summary>
    private readonly int PeekAt(int offset) =>
        (uint)offset < (uint)_source.Length ? _source[offset] : -1;

    private static bool IsDigit(int code) => code is >= '0' and <= '9';

    private static bool IsNameStart(int code) => code is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';
}

using System.Runtime.CompilerServices;

namespace Appraisal.GraphQL.Language;

/// <summary>
/// The recursive-descent parser behind <see cref="Parser"/>: one <c>Parse*</c> method per production of
/// the grammar, split by concern over partial files. A ref struct, so it can hold the <see cref="Lexer"/>
/// and its span over the source.
/// </summary>
internal ref partial struct SyntaxParser
{
    private readonly ParserOptions _options;
    private Lexer _lexer;
    private int _tokenCount;
    private int _depth;
    private int _lastTokenEnd;

    public SyntaxParser(ReadOnlySpan<byte> source, ParserOptions options)
        : this(new Lexer(source), options)
    {
    }

    public SyntaxParser(Lexer lexer, ParserOptions options)
    {
        _lexer = lexer;
        _options = options;
        Advance();
    }

    /// <summary>Parses one input value that must span the whole source.</summary>
    public Value ParseWholeValue(bool isConst)
    {
        var value = ParseValue(isConst);
        Expect(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses one type reference that must span the whole source.</summary>
    public TypeReference ParseWholeType()
    {
        var type = ParseTypeReference();
        Expect(TokenKind.EndOfFile);
        return type;
    }

    /// <summary>The position of the current token, to be turned into a node's location later.</summary>
    private readonly Mark Here() => new(_lexer.Start, _lexer.Line, _lexer.Column);

    /// <summary>The location from <paramref name="start"/> to the end of the last token consumed.</summary>
    private readonly Location From(Mark start) => new(start.Offset, _lastTokenEnd, start.Line, start.Column);

    private readonly bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private void Advance()
    {
        _lastTokenEnd = _lexer.End;
        if (_lexer.Advance() != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw ErrorAtToken($"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    /// <summary>Consumes a token of the given kind or throws "Expected X, found Y.".</summary>
    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw ErrorAtToken($"Expected {Lexer.DescribeKind(kind)}, found {_lexer.DescribeToken()}.");
        }

        Advance();
    }

    /// <summary>Consumes a token of the given kind if it is the current one.</summary>
    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Consumes the name <paramref name="keyword"/> or throws "Expected "keyword", found Y.".</summary>
    private void ExpectKeyword(string keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            throw ErrorAtToken($"Expected \"{keyword}\", found {_lexer.DescribeToken()}.");
        }

        Advance();
    }

    /// <summary>Consumes the name <paramref name="keyword"/> if it is the current token.</summary>
    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!_lexer.IsKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>"Unexpected X." for the current token.</summary>
    private readonly GraphQLSyntaxException Unexpected() => Unexpected(_lexer);

    /// <summary>"Unexpected X." for the token <paramref name="at"/> (the current one or a lookahead).</summary>
    private static GraphQLSyntaxException Unexpected(in Lexer at) =>
        new($"Unexpected {at.DescribeToken()}.", at.Start, at.Line, at.Column);

    private readonly GraphQLSyntaxException ErrorAtToken(string description) =>
        new(description, _lexer.Start, _lexer.Line, _lexer.Column);

    /// <summary>The token after the current one, without consuming anything.</summary>
    private readonly Lexer Lookahead()
    {
        var lookahead = _lexer;
        lookahead.Advance();
        return lookahead;
    }

    /// <summary>
    /// Called when a selection set, list value, object value or list type opens: enforces
    /// <see cref="ParserOptions.MaxDepth"/>, and refuses to recurse when the stack runs low whatever the limit.
    /// </summary>
    private void EnterNesting()
    {
        if (++_depth > _options.MaxDepth)
        {
            throw ErrorAtToken($"Document contains more than {_options.MaxDepth} levels of nesting. Parsing aborted.");
        }

        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw ErrorAtToken("Document is nested too deeply. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;

    /// <summary>Where a node starts: the offset, line and column of its first token.</summary>
    private readonly record struct Mark(int Offset, int Line, int Column);
}

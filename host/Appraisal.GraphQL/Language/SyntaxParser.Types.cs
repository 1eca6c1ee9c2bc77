namespace Appraisal.GraphQL.Language;

// Names, type references and directives.
internal ref partial struct SyntaxParser
{
    /// <summary>
    /// <code>
    /// Name :: NameStart NameContinue* [lookahead != NameContinue]
    /// </code>
    /// </summary>
    private Name ParseName()
    {
        if (_lexer.Kind != TokenKind.Name)
        {
            throw ErrorAtToken($"Expected Name, found {_lexer.DescribeToken()}.");
        }

        var start = Here();
        var value = _lexer.GetValue();
        Advance();
        return new Name(From(start), value);
    }

    /// <summary>
    /// <code>
    /// Type :
    ///   - NamedType
    ///   - ListType
    ///   - NonNullType
    /// ListType : [ Type ]
    /// NonNullType :
    ///   - NamedType !
    ///   - ListType !
    /// </code>
    /// </summary>
    private TypeReference ParseTypeReference()
    {
        var start = Here();
        TypeReference type;
        if (Peek(TokenKind.BracketL))
        {
            EnterNesting();
            Advance();
            var itemType = ParseTypeReference();
            Expect(TokenKind.BracketR);
            LeaveNesting();
            type = new ListType(From(start), itemType);
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullType(From(start), type) : type;
    }

    /// <summary>
    /// <code>
    /// NamedType : Name
    /// </code>
    /// </summary>
    private NamedType ParseNamedType()
    {
        var start = Here();
        var name = ParseName();
        return new NamedType(From(start), name);
    }

    /// <summary>
    /// <code>
    /// Directives[Const] : Directive[?Const]+
    /// </code>
    /// </summary>
    private Directive[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new ArrayBuilder<Directive>();
        do
        {
            directives.Add(ParseDirective(isConst));
        }
        while (Peek(TokenKind.At));

        return directives.ToArray();
    }

    /// <summary>
    /// <code>
    /// Directive[Const] : @ Name Arguments[?Const]?
    /// </code>
    /// </summary>
    private Directive ParseDirective(bool isConst)
    {
        var start = Here();
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArguments(isConst);
        return new Directive(From(start), name, arguments);
    }
}

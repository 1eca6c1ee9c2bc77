namespace Appraisal.GraphQL.Language;

// Input values and descriptions.
internal ref partial struct SyntaxParser
{
    /// <summary>
    /// In a constant context (<paramref name="isConst"/>) a variable is an error:
    /// "Unexpected variable "$x" in constant value.".
    /// <code>
    /// Value[Const] :
    ///   - [~Const] Variable
    ///   - IntValue
    ///   - FloatValue
    ///   - StringValue
    ///   - BooleanValue
    ///   - NullValue
    ///   - EnumValue
    ///   - ListValue[?Const]
    ///   - ObjectValue[?Const]
    /// BooleanValue : one of `true` `false`
    /// NullValue : `null`
    /// EnumValue : Name but not `true`, `false` or `null`
    /// </code>
    /// </summary>
    private Value ParseValue(bool isConst)
    {
        switch (_lexer.Kind)
        {
            case TokenKind.BracketL:
                return ParseListValue(isConst);
            case TokenKind.BraceL:
                return ParseObjectValue(isConst);
            case TokenKind.Int:
            case TokenKind.Float:
                return ParseNumberValue();
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringValue();
            case TokenKind.Name:
                return ParseNameValue();
            case TokenKind.Dollar when isConst:
                throw VariableInConstantValue();
            case TokenKind.Dollar:
                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    /// <summary>An Int or Float literal, kept as written.</summary>
    private Value ParseNumberValue()
    {
        var start = Here();
        var isFloat = _lexer.Kind == TokenKind.Float;
        var value = _lexer.GetValue();
        Advance();
        return isFloat ? new FloatValue(From(start), value) : new IntValue(From(start), value);
    }

    /// <summary>The error for <c>$</c> in a constant value, naming the variable when one follows.</summary>
    private GraphQLSyntaxException VariableInConstantValue()
    {
        var dollar = _lexer;
        Advance();
        return Peek(TokenKind.Name)
            ? new GraphQLSyntaxException(
                $"Unexpected variable \"${_lexer.GetValue()}\" in constant value.", dollar.Start, dollar.Line, dollar.Column)
            : Unexpected(dollar);
    }

    /// <summary>A value written as a name: a boolean, null or an enum value.</summary>
    private Value ParseNameValue()
    {
        var start = Here();
        var token = _lexer;
        Advance();
        if (token.IsKeyword("true"))
        {
            return new BooleanValue(From(start), true);
        }

        if (token.IsKeyword("false"))
        {
            return new BooleanValue(From(start), false);
        }

        if (token.IsKeyword("null"))
        {
            return new NullValue(From(start));
        }

        return new EnumValue(From(start), token.GetValue());
    }

    /// <summary>
    /// <code>
    /// StringValue ::
    ///   - `""` [lookahead != `"`]
    ///   - `"` StringCharacter+ `"`
    ///   - BlockString
    /// </code>
    /// </summary>
    private StringValue ParseStringValue()
    {
        var start = Here();
        var block = _lexer.Kind == TokenKind.BlockString;
        var value = _lexer.GetValue();
        Advance();
        return new StringValue(From(start), value, block);
    }

    /// <summary>
    /// <code>
    /// ListValue[Const] :
    ///   - [ ]
    ///   - [ Value[?Const]+ ]
    /// </code>
    /// </summary>
    private ListValue ParseListValue(bool isConst)
    {
        var start = Here();
        EnterNesting();
        Expect(TokenKind.BracketL);
        var values = new ArrayBuilder<Value>();
        while (!ExpectOptional(TokenKind.BracketR))
        {
            values.Add(ParseValue(isConst));
        }

        LeaveNesting();
        return new ListValue(From(start), values.ToArray());
    }

    /// <summary>
    /// <code>
    /// ObjectValue[Const] :
    ///   - { }
    ///   - { ObjectField[?Const]+ }
    /// </code>
    /// </summary>
    private ObjectValue ParseObjectValue(bool isConst)
    {
        var start = Here();
        EnterNesting();
        Expect(TokenKind.BraceL);
        var fields = new ArrayBuilder<ObjectField>();
        while (!ExpectOptional(TokenKind.BraceR))
        {
            fields.Add(ParseObjectField(isConst));
        }

        LeaveNesting();
        return new ObjectValue(From(start), fields.ToArray());
    }

    /// <summary>
    /// <code>
    /// ObjectField[Const] : Name : Value[?Const]
    /// </code>
    /// </summary>
    private ObjectField ParseObjectField(bool isConst)
    {
        var start = Here();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValue(isConst);
        return new ObjectField(From(start), name, value);
    }

    private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>
    /// <code>
    /// Description : StringValue
    /// </code>
    /// </summary>
    private StringValue? ParseDescription() => PeekDescription() ? ParseStringValue() : null;
}

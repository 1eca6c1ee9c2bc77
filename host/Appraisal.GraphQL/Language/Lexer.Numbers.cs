namespace Appraisal.GraphQL.Language;

// IntValue and FloatValue.
public ref partial struct Lexer
{
    /// <summary>
    /// Reads an Int or a Float. A number immediately followed by a <c>.</c> or a name-start character is an
    /// error (<c>8f31</c>: "Invalid number, expected digit but got: "f"."), as the lookahead restrictions require.
    /// <code>
    /// IntValue :: IntegerPart [lookahead != {Digit, `.`, NameStart}]
    /// IntegerPart ::
    ///   - NegativeSign? 0
    ///   - NegativeSign? NonZeroDigit Digit*
    /// FloatValue ::
    ///   - IntegerPart FractionalPart ExponentPart [lookahead != {Digit, `.`, NameStart}]
    ///   - IntegerPart FractionalPart [lookahead != {Digit, `.`, NameStart}]
    ///   - IntegerPart ExponentPart [lookahead != {Digit, `.`, NameStart}]
    /// FractionalPart :: . Digit+
    /// ExponentPart :: ExponentIndicator Sign? Digit+
    /// </code>
    /// </summary>
    private TokenKind ReadNumber(int start)
    {
        BeginToken(start);
        var position = start;
        var code = PeekAt(position);
        var isFloat = false;

        if (code == '-')
        {
            code = PeekAt(++position);
        }

        if (code == '0')
        {
            code = PeekAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {DescribeCharAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = PeekAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = PeekAt(++position);
            position = ReadDigits(position, code);
            code = PeekAt(position);
        }

        if (code is 'e' or 'E')
        {
            isFloat = true;
            code = PeekAt(++position);
            if (code is '+' or '-')
            {
                code = PeekAt(++position);
            }

            position = ReadDigits(position, code);
            code = PeekAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {DescribeCharAt(position)}.");
        }

        return FinishToken(isFloat ? TokenKind.Float : TokenKind.Int, position);
    }

    /// <summary>Reads <c>Digit+</c> starting with <paramref name="firstCode"/>; returns the offset after them.</summary>
    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {DescribeCharAt(start)}.");
        }

        var position = start + 1;
        while (IsDigit(PeekAt(position)))
        {
            position++;
        }

        return position;
    }
}

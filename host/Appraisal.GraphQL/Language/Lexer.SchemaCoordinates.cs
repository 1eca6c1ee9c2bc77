namespace Appraisal.GraphQL.Language;

// The restricted lexical grammar of schema coordinates.
public ref partial struct Lexer
{
    /// <summary>
    /// Reads a token of a schema coordinate. Ignored tokens are not allowed, so white space, commas and
    /// comments are "Invalid character" errors, as in graphql-js.
    /// <code>
    /// SchemaCoordinateToken ::
    ///   - SchemaCoordinatePunctuator
    ///   - Name
    /// SchemaCoordinatePunctuator :: one of ( ) . : @
    /// </code>
    /// </summary>
    private TokenKind ReadSchemaCoordinateToken()
    {
        var position = _position;
        if (position >= _source.Length)
        {
            return Punctuator(TokenKind.EndOfFile, position, 0);
        }

        var code = _source[position];
        switch (code)
        {
            case (byte)'.':
                return Punctuator(TokenKind.Dot, position, 1);
            case (byte)'(':
                return Punctuator(TokenKind.ParenL, position, 1);
            case (byte)')':
                return Punctuator(TokenKind.ParenR, position, 1);
            case (byte)':':
                return Punctuator(TokenKind.Colon, position, 1);
            case (byte)'@':
                return Punctuator(TokenKind.At, position, 1);
        }

        if (IsNameStart(code))
        {
            return ReadName(position);
        }

        throw Error(position, $"Invalid character: {DescribeCharAt(position)}.");
    }
}

namespace Appraisal.GraphQL.Language;

// Fields, arguments and input fields of type definitions.
internal ref partial struct SyntaxParser
{
    /// <summary>
    /// <code>
    /// FieldsDefinition : { FieldDefinition+ }
    /// </code>
    /// </summary>
    private FieldDefinition[] ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var fields = new ArrayBuilder<FieldDefinition>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return fields.ToArray();
    }

    /// <summary>
    /// <code>
    /// FieldDefinition : Description? Name ArgumentsDefinition? : Type Directives[Const]?
    /// </code>
    /// </summary>
    private FieldDefinition ParseFieldDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinition(From(start), description, name, arguments, type, directives);
    }

    /// <summary>
    /// <code>
    /// ArgumentsDefinition : ( InputValueDefinition+ )
    /// </code>
    /// </summary>
    private InputValueDefinition[] ParseArgumentsDefinition() =>
        ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);

    /// <summary>
    /// <code>
    /// InputFieldsDefinition : { InputValueDefinition+ }
    /// </code>
    /// </summary>
    private InputValueDefinition[] ParseInputFieldsDefinition() =>
        ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);

    private InputValueDefinition[] ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return [];
        }

        var definitions = new ArrayBuilder<InputValueDefinition>();
        do
        {
            definitions.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return definitions.ToArray();
    }

    /// <summary>
    /// <code>
    /// InputValueDefinition : Description? Name : Type DefaultValue? Directives[Const]?
    /// </code>
    /// </summary>
    private InputValueDefinition ParseInputValueDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValue(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinition(From(start), description, name, type, defaultValue, directives);
    }
}

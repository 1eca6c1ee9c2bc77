namespace Appraisal.GraphQL.Language;

// Directive definitions and their locations.
internal ref partial struct SyntaxParser
{
    private static readonly HashSet<string> DirectiveLocations =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
    ];

    /// <summary>
    /// <code>
    /// DirectiveDefinition : Description? directive @ Name ArgumentsDefinition? `repeatable`? on DirectiveLocations
    /// DirectiveLocations :
    ///   - DirectiveLocations | DirectiveLocation
    ///   - `|`? DirectiveLocation
    /// </code>
    /// </summary>
    private DirectiveDefinition ParseDirectiveDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentsDefinition();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptional(TokenKind.Pipe);
        var locations = new ArrayBuilder<Name>();
        do
        {
            locations.Add(ParseDirectiveLocation());
        }
        while (ExpectOptional(TokenKind.Pipe));

        return new DirectiveDefinition(From(start), description, name, arguments, repeatable, locations.ToArray());
    }

    /// <summary>
    /// <code>
    /// DirectiveLocation :
    ///   - ExecutableDirectiveLocation
    ///   - TypeSystemDirectiveLocation
    /// ExecutableDirectiveLocation : one of
    ///   `QUERY` `MUTATION` `SUBSCRIPTION` `FIELD` `FRAGMENT_DEFINITION` `FRAGMENT_SPREAD`
    ///   `INLINE_FRAGMENT` `VARIABLE_DEFINITION`
    /// TypeSystemDirectiveLocation : one of
    ///   `SCHEMA` `SCALAR` `OBJECT` `FIELD_DEFINITION` `ARGUMENT_DEFINITION` `INTERFACE` `UNION`
    ///   `ENUM` `ENUM_VALUE` `INPUT_OBJECT` `INPUT_FIELD_DEFINITION`
    /// </code>
    /// </summary>
    private Name ParseDirectiveLocation()
    {
        var token = _lexer;
        var name = ParseName();
        return DirectiveLocations.Contains(name.Value) ? name : throw Unexpected(token);
    }
}

namespace Appraisal.GraphQL.Language;

// Schema coordinates (September 2025 edition, section "Schema Coordinates").
internal ref partial struct SyntaxParser
{
    /// <summary>Parses a schema coordinate that must span the whole source.</summary>
    public SchemaCoordinate ParseWholeSchemaCoordinate()
    {
        var coordinate = ParseSchemaCoordinate();
        Expect(TokenKind.EndOfFile);
        return coordinate;
    }

    /// <summary>
    /// <code>
    /// SchemaCoordinate ::
    ///   - TypeCoordinate
    ///   - MemberCoordinate
    ///   - ArgumentCoordinate
    ///   - DirectiveCoordinate
    ///   - DirectiveArgumentCoordinate
    /// TypeCoordinate :: Name
    /// MemberCoordinate :: Name . Name
    /// ArgumentCoordinate :: Name . Name ( Name : )
    /// DirectiveCoordinate :: @ Name
    /// DirectiveArgumentCoordinate :: @ Name ( Name : )
    /// </code>
    /// </summary>
    private SchemaCoordinate ParseSchemaCoordinate()
    {
        var start = Here();
        var ofDirective = ExpectOptional(TokenKind.At);
        var name = ParseName();
        var memberName = !ofDirective && ExpectOptional(TokenKind.Dot) ? ParseName() : null;
        Name? argumentName = null;
        if ((ofDirective || memberName is not null) && ExpectOptional(TokenKind.ParenL))
        {
            argumentName = ParseName();
            Expect(TokenKind.Colon);
            Expect(TokenKind.ParenR);
        }

        var location = From(start);
        return (ofDirective, memberName, argumentName) switch
        {
            (true, _, null) => new DirectiveCoordinate(location, name),
            (true, _, { } argument) => new DirectiveArgumentCoordinate(location, name, argument),
            (false, null, _) => new TypeCoordinate(location, name),
            (false, { } member, null) => new MemberCoordinate(location, name, member),
            (false, { } field, { } argument) => new ArgumentCoordinate(location, name, field, argument),
        };
    }
}

namespace Appraisal.GraphQL.Language;

// The type-system definition language: the schema and the named types.
internal ref partial struct SyntaxParser
{
    /// <summary>
    /// Parses the type-system definition that <paramref name="keyword"/> (the token after any description)
    /// introduces, or returns null when it introduces none.
    /// <code>
    /// TypeSystemDefinition :
    ///   - SchemaDefinition
    ///   - TypeDefinition
    ///   - DirectiveDefinition
    /// TypeDefinition :
    ///   - ScalarTypeDefinition
    ///   - ObjectTypeDefinition
    ///   - InterfaceTypeDefinition
    ///   - UnionTypeDefinition
    ///   - EnumTypeDefinition
    ///   - InputObjectTypeDefinition
    /// </code>
    /// </summary>
    private TypeSystemDefinition? TryParseTypeSystemDefinition(in Lexer keyword)
    {
        if (keyword.IsKeyword("schema"))
        {
            return ParseSchemaDefinition();
        }

        if (keyword.IsKeyword("scalar"))
        {
            return ParseScalarTypeDefinition();
        }

        if (keyword.IsKeyword("type"))
        {
            return ParseObjectTypeDefinition();
        }

        if (keyword.IsKeyword("interface"))
        {
            return ParseInterfaceTypeDefinition();
        }

        if (keyword.IsKeyword("union"))
        {
            return ParseUnionTypeDefinition();
        }

        if (keyword.IsKeyword("enum"))
        {
            return ParseEnumTypeDefinition();
        }

        if (keyword.IsKeyword("input"))
        {
            return ParseInputObjectTypeDefinition();
        }

        return keyword.IsKeyword("directive") ? ParseDirectiveDefinition() : null;
    }

    /// <summary>
    /// <code>
    /// SchemaDefinition : Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    /// </code>
    /// </summary>
    private SchemaDefinition ParseSchemaDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        Expect(TokenKind.BraceL);
        var operationTypes = ParseOperationTypeDefinitionsAfterBrace();
        return new SchemaDefinition(From(start), description, directives, operationTypes);
    }

    /// <summary>The root operation types up to the closing brace, the opening brace being consumed.</summary>
    private OperationTypeDefinition[] ParseOperationTypeDefinitionsAfterBrace()
    {
        var operationTypes = new ArrayBuilder<OperationTypeDefinition>();
        do
        {
            operationTypes.Add(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return operationTypes.ToArray();
    }

    /// <summary>
    /// <code>
    /// RootOperationTypeDefinition : OperationType : NamedType
    /// </code>
    /// </summary>
    private OperationTypeDefinition ParseOperationTypeDefinition()
    {
        var start = Here();
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinition(From(start), operation, type);
    }

    /// <summary>
    /// <code>
    /// ScalarTypeDefinition : Description? scalar Name Directives[Const]?
    /// </code>
    /// </summary>
    private ScalarTypeDefinition ParseScalarTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinition(From(start), description, name, directives);
    }

    /// <summary>
    /// <code>
    /// ObjectTypeDefinition :
    ///   - Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    ///   - Description? type Name ImplementsInterfaces? Directives[Const]? [lookahead != `{`]
    /// </code>
    /// </summary>
    private ObjectTypeDefinition ParseObjectTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinition(From(start), description, name, interfaces, directives, fields);
    }

    /// <summary>
    /// <code>
    /// ImplementsInterfaces :
    ///   - ImplementsInterfaces &amp; NamedType
    ///   - implements `&amp;`? NamedType
    /// </code>
    /// </summary>
    private NamedType[] ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? ParseNamedTypes(TokenKind.Amp) : [];

    /// <summary>Named types separated by <paramref name="delimiter"/>, which may also lead the list.</summary>
    private NamedType[] ParseNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var types = new ArrayBuilder<NamedType>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return types.ToArray();
    }

    /// <summary>
    /// <code>
    /// InterfaceTypeDefinition :
    ///   - Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    ///   - Description? interface Name ImplementsInterfaces? Directives[Const]? [lookahead != `{`]
    /// </code>
    /// </summary>
    private InterfaceTypeDefinition ParseInterfaceTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinition(From(start), description, name, interfaces, directives, fields);
    }

    /// <summary>
    /// <code>
    /// UnionTypeDefinition : Description? union Name Directives[Const]? UnionMemberTypes?
    /// </code>
    /// </summary>
    private UnionTypeDefinition ParseUnionTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinition(From(start), description, name, directives, types);
    }

    /// <summary>
    /// <code>
    /// UnionMemberTypes :
    ///   - UnionMemberTypes | NamedType
    ///   - = `|`? NamedType
    /// </code>
    /// </summary>
    private NamedType[] ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? ParseNamedTypes(TokenKind.Pipe) : [];

    /// <summary>
    /// <code>
    /// EnumTypeDefinition :
    ///   - Description? enum Name Directives[Const]? EnumValuesDefinition
    ///   - Description? enum Name Directives[Const]? [lookahead != `{`]
    /// </code>
    /// </summary>
    private EnumTypeDefinition ParseEnumTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinition(From(start), description, name, directives, values);
    }

    /// <summary>
    /// <code>
    /// EnumValuesDefinition : { EnumValueDefinition+ }
    /// </code>
    /// </summary>
    private EnumValueDefinition[] ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return [];
        }

        var values = new ArrayBuilder<EnumValueDefinition>();
        do
        {
            values.Add(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return values.ToArray();
    }

    /// <summary>
    /// <code>
    /// EnumValueDefinition : Description? EnumValue Directives[Const]?
    /// EnumValue : Name but not `true`, `false` or `null`
    /// </code>
    /// </summary>
    private EnumValueDefinition ParseEnumValueDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        if (_lexer.IsKeyword("true") || _lexer.IsKeyword("false") || _lexer.IsKeyword("null"))
        {
            throw ErrorAtToken($"{_lexer.DescribeToken()} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinition(From(start), description, name, directives);
    }

    /// <summary>
    /// <code>
    /// InputObjectTypeDefinition :
    ///   - Description? input Name Directives[Const]? InputFieldsDefinition
    ///   - Description? input Name Directives[Const]? [lookahead != `{`]
    /// </code>
    /// </summary>
    private InputObjectTypeDefinition ParseInputObjectTypeDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinition(From(start), description, name, directives, fields);
    }
}

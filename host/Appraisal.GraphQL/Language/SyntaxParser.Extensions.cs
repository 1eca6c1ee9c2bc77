namespace Appraisal.GraphQL.Language;

// Type-system extensions. Each one must extend something: "extend type Foo" alone is an error at the
// token that follows, as in graphql-js.
internal ref partial struct SyntaxParser
{
    /// <summary>
    /// <code>
    /// TypeSystemExtension :
    ///   - SchemaExtension
    ///   - TypeExtension
    /// TypeExtension :
    ///   - ScalarTypeExtension
    ///   - ObjectTypeExtension
    ///   - InterfaceTypeExtension
    ///   - UnionTypeExtension
    ///   - EnumTypeExtension
    ///   - InputObjectTypeExtension
    /// </code>
    /// </summary>
    private TypeSystemExtension ParseTypeSystemExtension()
    {
        var keyword = Lookahead();
        if (keyword.IsKeyword("schema"))
        {
            return ParseSchemaExtension();
        }

        if (keyword.IsKeyword("scalar"))
        {
            return ParseScalarTypeExtension();
        }

        if (keyword.IsKeyword("type"))
        {
            return ParseObjectTypeExtension();
        }

        if (keyword.IsKeyword("interface"))
        {
            return ParseInterfaceTypeExtension();
        }

        if (keyword.IsKeyword("union"))
        {
            return ParseUnionTypeExtension();
        }

        if (keyword.IsKeyword("enum"))
        {
            return ParseEnumTypeExtension();
        }

        if (keyword.IsKeyword("input"))
        {
            return ParseInputObjectTypeExtension();
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// <code>
    /// SchemaExtension :
    ///   - extend schema Directives[Const]? { RootOperationTypeDefinition+ }
    ///   - extend schema Directives[Const] [lookahead != `{`]
    /// </code>
    /// </summary>
    private SchemaExtension ParseSchemaExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ExpectOptional(TokenKind.BraceL) ? ParseOperationTypeDefinitionsAfterBrace() : [];
        if (directives.Length == 0 && operationTypes.Length == 0)
        {
            throw Unexpected();
        }

        return new SchemaExtension(From(start), directives, operationTypes);
    }

    /// <summary>
    /// <code>
    /// ScalarTypeExtension : extend scalar Name Directives[Const]
    /// </code>
    /// </summary>
    private ScalarTypeExtension ParseScalarTypeExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtension(From(start), name, directives);
    }

    /// <summary>
    /// <code>
    /// ObjectTypeExtension :
    ///   - extend type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    ///   - extend type Name ImplementsInterfaces? Directives[Const] [lookahead != `{`]
    ///   - extend type Name ImplementsInterfaces [lookahead != `{`]
    /// </code>
    /// </summary>
    private ObjectTypeExtension ParseObjectTypeExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtension(From(start), name, interfaces, directives, fields);
    }

    /// <summary>
    /// <code>
    /// InterfaceTypeExtension :
    ///   - extend interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition
    ///   - extend interface Name ImplementsInterfaces? Directives[Const] [lookahead != `{`]
    ///   - extend interface Name ImplementsInterfaces [lookahead != `{`]
    /// </code>
    /// </summary>
    private InterfaceTypeExtension ParseInterfaceTypeExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Length == 0 && directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtension(From(start), name, interfaces, directives, fields);
    }

    /// <summary>
    /// <code>
    /// UnionTypeExtension :
    ///   - extend union Name Directives[Const]? UnionMemberTypes
    ///   - extend union Name Directives[Const]
    /// </code>
    /// </summary>
    private UnionTypeExtension ParseUnionTypeExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types.Length == 0)
        {
            throw Unexpected();
        }

        return new UnionTypeExtension(From(start), name, directives, types);
    }

    /// <summary>
    /// <code>
    /// EnumTypeExtension :
    ///   - extend enum Name Directives[Const]? EnumValuesDefinition
    ///   - extend enum Name Directives[Const] [lookahead != `{`]
    /// </code>
    /// </summary>
    private EnumTypeExtension ParseEnumTypeExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values.Length == 0)
        {
            throw Unexpected();
        }

        return new EnumTypeExtension(From(start), name, directives, values);
    }

    /// <summary>
    /// <code>
    /// InputObjectTypeExtension :
    ///   - extend input Name Directives[Const]? InputFieldsDefinition
    ///   - extend input Name Directives[Const] [lookahead != `{`]
    /// </code>
    /// </summary>
    private InputObjectTypeExtension ParseInputObjectTypeExtension()
    {
        var start = Here();
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Length == 0 && fields.Length == 0)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtension(From(start), name, directives, fields);
    }
}

namespace Appraisal.GraphQL.Language;

// Documents, operations, variables, selection sets, fields and arguments.
internal ref partial struct SyntaxParser
{
    /// <summary>
    /// <code>
    /// Document : Definition+
    /// </code>
    /// </summary>
    public Document ParseDocument()
    {
        var definitions = new ArrayBuilder<Definition>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!Peek(TokenKind.EndOfFile));

        return new Document(new Location(0, _lexer.End, 1, 1), definitions.ToArray());
    }

    /// <summary>
    /// Chooses the definition from its keyword, looking past a description. A description before a
    /// shorthand query or before <c>extend</c> gets graphql-js's dedicated message.
    /// <code>
    /// Definition :
    ///   - ExecutableDefinition
    ///   - TypeSystemDefinitionOrExtension
    /// ExecutableDefinition :
    ///   - OperationDefinition
    ///   - FragmentDefinition
    /// TypeSystemDefinitionOrExtension :
    ///   - TypeSystemDefinition
    ///   - TypeSystemExtension
    /// </code>
    /// </summary>
    private Definition ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _lexer;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw ErrorAtToken("Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            if (TryParseTypeSystemDefinition(keyword) is { } typeSystemDefinition)
            {
                return typeSystemDefinition;
            }

            if (keyword.IsKeyword("query") || keyword.IsKeyword("mutation") || keyword.IsKeyword("subscription"))
            {
                return ParseOperationDefinition();
            }

            if (keyword.IsKeyword("fragment"))
            {
                return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw ErrorAtToken("Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.IsKeyword("extend"))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    /// <summary>
    /// <code>
    /// OperationDefinition :
    ///   - Description? OperationType Name? VariablesDefinition? Directives? SelectionSet
    ///   - SelectionSet
    /// </code>
    /// </summary>
    private OperationDefinition ParseOperationDefinition()
    {
        var start = Here();
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinition(From(start), null, OperationType.Query, null, [], [], shorthand);
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinition(From(start), description, operation, name, variableDefinitions, directives, selectionSet);
    }

    /// <summary>
    /// <code>
    /// OperationType : one of `query` `mutation` `subscription`
    /// </code>
    /// </summary>
    private OperationType ParseOperationType()
    {
        var token = _lexer;
        Expect(TokenKind.Name);
        if (token.IsKeyword("query"))
        {
            return OperationType.Query;
        }

        if (token.IsKeyword("mutation"))
        {
            return OperationType.Mutation;
        }

        if (token.IsKeyword("subscription"))
        {
            return OperationType.Subscription;
        }

        throw Unexpected(token);
    }

    /// <summary>
    /// <code>
    /// VariablesDefinition : ( VariableDefinition+ )
    /// </code>
    /// </summary>
    private VariableDefinition[] ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var definitions = new ArrayBuilder<VariableDefinition>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return definitions.ToArray();
    }

    /// <summary>
    /// <code>
    /// VariableDefinition : Description? Variable : Type DefaultValue? Directives[Const]?
    /// DefaultValue : = Value[Const]
    /// </code>
    /// </summary>
    private VariableDefinition ParseVariableDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValue(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinition(From(start), description, variable, type, defaultValue, directives);
    }

    /// <summary>
    /// <code>
    /// Variable : $ Name
    /// </code>
    /// </summary>
    private Variable ParseVariable()
    {
        var start = Here();
        Expect(TokenKind.Dollar);
        var name = ParseName();
        return new Variable(From(start), name);
    }

    /// <summary>
    /// An empty selection set is an error, as the spec requires (graphql-js 17 accepts <c>{}</c>).
    /// <code>
    /// SelectionSet : { Selection+ }
    /// </code>
    /// </summary>
    private SelectionSet ParseSelectionSet()
    {
        var start = Here();
        EnterNesting();
        Expect(TokenKind.BraceL);
        var selections = new ArrayBuilder<Selection>();
        do
        {
            selections.Add(ParseSelection());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        LeaveNesting();
        return new SelectionSet(From(start), selections.ToArray());
    }

    /// <summary>
    /// <code>
    /// Selection :
    ///   - Field
    ///   - FragmentSpread
    ///   - InlineFragment
    /// </code>
    /// </summary>
    private Selection ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    /// <summary>
    /// <code>
    /// Field : Alias? Name Arguments? Directives? SelectionSet?
    /// Alias : Name :
    /// </code>
    /// </summary>
    private Field ParseField()
    {
        var start = Here();
        var nameOrAlias = ParseName();
        Name? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new Field(From(start), alias, name, arguments, directives, selectionSet);
    }

    /// <summary>
    /// <code>
    /// Arguments[Const] : ( Argument[?Const]+ )
    /// </code>
    /// </summary>
    private Argument[] ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return [];
        }

        var arguments = new ArrayBuilder<Argument>();
        do
        {
            arguments.Add(ParseArgument(isConst));
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return arguments.ToArray();
    }

    /// <summary>
    /// <code>
    /// Argument[Const] : Name : Value[?Const]
    /// </code>
    /// </summary>
    private Argument ParseArgument(bool isConst)
    {
        var start = Here();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var value = ParseValue(isConst);
        return new Argument(From(start), name, value);
    }
}

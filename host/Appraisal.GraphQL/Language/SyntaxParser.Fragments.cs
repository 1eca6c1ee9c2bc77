namespace Appraisal.GraphQL.Language;

// Fragment spreads, inline fragments and fragment definitions.
internal ref partial struct SyntaxParser
{
    /// <summary>
    /// Parses what follows <c>...</c>: a spread when a name other than <c>on</c> follows, else an inline fragment.
    /// <code>
    /// FragmentSpread : ... FragmentName Directives?
    /// InlineFragment : ... TypeCondition? Directives? SelectionSet
    /// </code>
    /// </summary>
    private Selection ParseFragment()
    {
        var start = Here();
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpread(From(start), name, spreadDirectives);
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragment(From(start), typeCondition, directives, selectionSet);
    }

    /// <summary>
    /// <code>
    /// FragmentDefinition : Description? fragment FragmentName TypeCondition Directives? SelectionSet
    /// TypeCondition : on NamedType
    /// </code>
    /// </summary>
    private FragmentDefinition ParseFragmentDefinition()
    {
        var start = Here();
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinition(From(start), description, name, typeCondition, directives, selectionSet);
    }

    /// <summary>
    /// <code>
    /// FragmentName : Name but not `on`
    /// </code>
    /// </summary>
    private Name ParseFragmentName()
    {
        if (_lexer.IsKeyword("on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }
}

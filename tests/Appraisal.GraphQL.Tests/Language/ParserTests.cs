using System.Text;
using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Shorthand_IsAnAnonymousQuery()
    {
        var operation = SingleOperation("{ hero }");

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Null(operation.Description);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal("hero", Assert.IsType<Field>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
    }

    [Theory]
    [InlineData("query { a }", OperationType.Query, null)]
    [InlineData("query Q { a }", OperationType.Query, "Q")]
    [InlineData("mutation M { a }", OperationType.Mutation, "M")]
    [InlineData("subscription { a }", OperationType.Subscription, null)]
    public void OperationTypes_AreRecognised(string source, OperationType type, string? name)
    {
        var operation = SingleOperation(source);

        Assert.Equal(type, operation.Operation);
        Assert.Equal(name, operation.Name?.Value);
    }

    [Fact]
    public void VariableDefinitions_HaveTypesDefaultsDirectivesAndDescriptions()
    {
        var operation = SingleOperation("""
            query Q("the id" $id: ID!, $first: Int = 10 @deprecated, $tags: [String!]! = ["a"]) @live { a }
            """);

        var id = operation.VariableDefinitions[0];
        Assert.Equal("the id", id.Description?.Value);
        Assert.Equal("id", id.Variable.Name.Value);
        Assert.Equal("ID", Assert.IsType<NamedType>(Assert.IsType<NonNullType>(id.Type).Type).Name.Value);
        Assert.Null(id.DefaultValue);

        var first = operation.VariableDefinitions[1];
        Assert.Equal("10", Assert.IsType<IntValue>(first.DefaultValue).Value);
        Assert.Equal("deprecated", Assert.Single(first.Directives).Name.Value);

        var tags = operation.VariableDefinitions[2];
        var list = Assert.IsType<ListType>(Assert.IsType<NonNullType>(tags.Type).Type);
        Assert.IsType<NonNullType>(list.Type);
        Assert.IsType<StringValue>(Assert.Single(Assert.IsType<ListValue>(tags.DefaultValue).Values));
        Assert.Equal("live", Assert.Single(operation.Directives).Name.Value);
    }

    [Fact]
    public void Fields_HaveAliasesArgumentsDirectivesAndSelections()
    {
        var operation = SingleOperation("{ smallPic: profilePic(size: 64, crop: $crop) @include(if: $big) { url } plain }");

        var field = Assert.IsType<Field>(operation.SelectionSet.Selections[0]);
        Assert.Equal("smallPic", field.Alias?.Value);
        Assert.Equal("profilePic", field.Name.Value);
        Assert.Equal(["size", "crop"], field.Arguments.Select(argument => argument.Name.Value));
        Assert.Equal("crop", Assert.IsType<Variable>(field.Arguments[1].Value).Name.Value);
        Assert.Equal("include", Assert.Single(field.Directives).Name.Value);
        Assert.Equal("url", Assert.IsType<Field>(Assert.Single(field.SelectionSet!.Selections)).Name.Value);

        var plain = Assert.IsType<Field>(operation.SelectionSet.Selections[1]);
        Assert.Null(plain.Alias);
        Assert.Empty(plain.Arguments);
        Assert.Null(plain.SelectionSet);
    }

    [Fact]
    public void Fragments_SpreadInlineAndDefined()
    {
        var document = Parser.Parse("""
            {
              ...UserFields @skip(if: false)
              ... on User { id }
              ... @include(if: true) { name }
              ... { age }
            }
            "Fields every user view needs" fragment UserFields on User @cached { id }
            """);

        var selections = Assert.IsType<OperationDefinition>(document.Definitions[0]).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpread>(selections[0]);
        Assert.Equal("UserFields", spread.Name.Value);
        Assert.Single(spread.Directives);
        Assert.Equal("User", Assert.IsType<InlineFragment>(selections[1]).TypeCondition?.Name.Value);
        var conditional = Assert.IsType<InlineFragment>(selections[2]);
        Assert.Null(conditional.TypeCondition);
        Assert.Single(conditional.Directives);
        Assert.Null(Assert.IsType<InlineFragment>(selections[3]).TypeCondition);

        var fragment = Assert.IsType<FragmentDefinition>(document.Definitions[1]);
        Assert.Equal("Fields every user view needs", fragment.Description?.Value);
        Assert.Equal("UserFields", fragment.Name.Value);
        Assert.Equal("User", fragment.TypeCondition.Name.Value);
        Assert.Equal("cached", Assert.Single(fragment.Directives).Name.Value);
    }

    [Fact]
    public void Keywords_AreOrdinaryNamesWhereANameIsExpected()
    {
        var document = Parser.Parse("query query { query mutation fragment on type: schema(on: true) ...onX } fragment onX on on { on }");

        var operation = Assert.IsType<OperationDefinition>(document.Definitions[0]);
        Assert.Equal("query", operation.Name?.Value);
        Assert.Equal(6, operation.SelectionSet.Selections.Count);
        Assert.Equal("onX", Assert.IsType<FragmentSpread>(operation.SelectionSet.Selections[5]).Name.Value);
        Assert.Equal("on", Assert.IsType<FragmentDefinition>(document.Definitions[1]).TypeCondition.Name.Value);
    }

    [Fact]
    public void OperationDescriptions_AreParsed()
    {
        var operation = SingleOperation("\"\"\"\n  Loads the dashboard.\n\"\"\"\nquery Dashboard { a }");

        Assert.True(operation.Description?.Block);
        Assert.Equal("Loads the dashboard.", operation.Description?.Value);
    }

    [Fact]
    public void Values_CoverEveryKind()
    {
        var arguments = Arguments(""""
            { f(i: -12, f: 1.5e3, s: "s", b: """block""", t: true, n: null, e: RED, v: $v,
                l: [1, [2]], o: { a: 1, nested: { b: [] } }, empty: {}) }
            """");

        Assert.Equal("-12", Assert.IsType<IntValue>(arguments["i"]).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValue>(arguments["f"]).Value);
        Assert.False(Assert.IsType<StringValue>(arguments["s"]).Block);
        var block = Assert.IsType<StringValue>(arguments["b"]);
        Assert.True(block.Block);
        Assert.Equal("block", block.Value);
        Assert.True(Assert.IsType<BooleanValue>(arguments["t"]).Value);
        Assert.IsType<NullValue>(arguments["n"]);
        Assert.Equal("RED", Assert.IsType<EnumValue>(arguments["e"]).Value);
        Assert.IsType<Variable>(arguments["v"]);
        Assert.IsType<ListValue>(Assert.IsType<ListValue>(arguments["l"]).Values[1]);
        var obj = Assert.IsType<ObjectValue>(arguments["o"]);
        Assert.Equal(["a", "nested"], obj.Fields.Select(field => field.Name.Value));
        Assert.Empty(Assert.IsType<ObjectValue>(arguments["empty"]).Fields);
    }

    [Fact]
    public void Null_IsAValueEvenAsADefault()
    {
        var definition = SingleOperation("query ($a: Int = null) { f(a: [null]) }").VariableDefinitions[0];

        Assert.IsType<NullValue>(definition.DefaultValue);
    }

    [Fact]
    public void Locations_SpanTheNodeFromItsFirstToItsLastToken()
    {
        var operation = SingleOperation("query Q {\n  alias: field(arg: [1, 2]) @d\n}  ");

        Assert.Equal(new Location(0, 42, 1, 1), operation.Location);
        var field = Assert.IsType<Field>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(new Location(12, 40, 2, 3), field.Location);
        Assert.Equal(new Location(19, 24, 2, 10), field.Name.Location);
        Assert.Equal(new Location(30, 36, 2, 21), field.Arguments[0].Value.Location);
        Assert.Equal(new Location(8, 42, 1, 9), operation.SelectionSet.Location);
    }

    [Fact]
    public void Document_SpansTheWholeSource()
    {
        var document = Parser.Parse("  { a }  ");

        Assert.Equal(new Location(0, 9, 1, 1), document.Location);
    }

    [Fact]
    public void Utf8Source_ParsesLikeTheString()
    {
        const string source = "query Q($a: String = \"é\") { f(a: $a) { ... on T { g } } }";

        var fromBytes = Parser.Parse(Encoding.UTF8.GetBytes(source));
        var fromString = Parser.Parse(source);

        Assert.Equal(Printer.Print(fromString), Printer.Print(fromBytes));
        Assert.Equal(fromString.Definitions[0].Location, fromBytes.Definitions[0].Location);
    }

    [Fact]
    public void ParseValue_AcceptsVariables_ParseConstValue_DoesNot()
    {
        Assert.IsType<ListValue>(Parser.ParseValue("[$a, 1]"));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[$a, 1]"));

        Assert.Equal("Syntax Error: Unexpected variable \"$a\" in constant value.", error.Message);
        Assert.Equal(2, error.Column);
    }

    [Fact]
    public void ParseValue_RequiresTheWholeSource()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue("[1]]"));

        Assert.Equal("Syntax Error: Expected <EOF>, found \"]\".", error.Message);
    }

    [Fact]
    public void ParseType_ReadsWrappingTypes()
    {
        var type = Parser.ParseType("[[String!]]!");

        var outer = Assert.IsType<ListType>(Assert.IsType<NonNullType>(type).Type);
        var inner = Assert.IsType<ListType>(outer.Type);
        Assert.Equal("String", Assert.IsType<NamedType>(Assert.IsType<NonNullType>(inner.Type).Type).Name.Value);
        Assert.Equal(new Location(0, 12, 1, 1), type.Location);
    }

    [Fact]
    public void Nodes_AreRecordsThatCopyWithWith()
    {
        var field = Assert.IsType<Field>(SingleOperation("{ a: b }").SelectionSet.Selections[0]);

        var unaliased = field with { Alias = null };

        Assert.Equal("b", Printer.Print(unaliased));
        Assert.Equal("a: b", field.ToString());
        Assert.Equal(SyntaxKind.Field, unaliased.Kind);
    }

    private static OperationDefinition SingleOperation(string source) =>
        Assert.IsType<OperationDefinition>(Assert.Single(Parser.Parse(source).Definitions));

    private static Dictionary<string, Value> Arguments(string source)
    {
        var field = Assert.IsType<Field>(Assert.Single(SingleOperation(source).SelectionSet.Selections));
        return field.Arguments.ToDictionary(argument => argument.Name.Value, argument => argument.Value);
    }
}

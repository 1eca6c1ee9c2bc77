using Appraisal.GraphQL.Language;
using Appraisal.GraphQL.Tests.Language.Oracle;

namespace Appraisal.GraphQL.Tests.Language;

public sealed class SyntaxErrorTests
{
    [Theory]
    [InlineData("", "Unexpected <EOF>.", 1, 1)]
    [InlineData("{", "Expected Name, found <EOF>.", 1, 2)]
    [InlineData("query", "Expected \"{\", found <EOF>.", 1, 6)]
    [InlineData("{ a(x) }", "Expected \":\", found \")\".", 1, 6)]
    [InlineData("{ a() }", "Expected Name, found \")\".", 1, 5)]
    [InlineData("{ a(x: ) }", "Unexpected \")\".", 1, 8)]
    [InlineData("query Q() { a }", "Expected \"$\", found \")\".", 1, 9)]
    [InlineData("extend fragment F", "Unexpected Name \"fragment\".", 1, 8)]
    [InlineData("fragment on on T { a }", "Unexpected Name \"on\".", 1, 10)]
    [InlineData("fragment F T { a }", "Expected \"on\", found Name \"T\".", 1, 12)]
    [InlineData("{ a } b", "Unexpected Name \"b\".", 1, 7)]
    [InlineData("\"d\" { a }", "Unexpected description, descriptions are not supported on shorthand queries.", 1, 1)]
    [InlineData("\"d\" foo", "Unexpected description, only GraphQL definitions support descriptions.", 1, 1)]
    [InlineData("\"d\"", "Unexpected <EOF>.", 1, 4)]
    [InlineData("{ a(x: \"s\" y: 1) b(x: \"\"\"c\"\"\" 2) }", "Expected Name, found Int \"2\".", 1, 31)]
    [InlineData("{\n  a(x: {b 1})\n}", "Expected \":\", found Int \"1\".", 2, 11)]
    [InlineData("\n\n   }", "Unexpected \"}\".", 3, 4)]
    public void Messages_MatchGraphQLJs(string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Theory]
    [InlineData("query ($a: Int = $b) { a }", "Unexpected variable \"$b\" in constant value.", 18)]
    [InlineData("query ($a: In = {x: [$b]}) { a }", "Unexpected variable \"$b\" in constant value.", 22)]
    [InlineData("query ($a: Int @d(x: $b)) { a }", "Unexpected variable \"$b\" in constant value.", 22)]
    [InlineData("query ($a: Int = $) { a }", "Unexpected \"$\".", 18)]
    [InlineData("type T @d(x: $v) { a: Int }", "Unexpected variable \"$v\" in constant value.", 14)]
    [InlineData("type T { a(x: Int = $v): Int }", "Unexpected variable \"$v\" in constant value.", 21)]
    [InlineData("input I { a: Int = [$v] }", "Unexpected variable \"$v\" in constant value.", 21)]
    [InlineData("directive @d(a: Int @x(y: $v)) on FIELD", "Unexpected variable \"$v\" in constant value.", 27)]
    [InlineData("extend schema @d(x: $v)", "Unexpected variable \"$v\" in constant value.", 21)]
    public void Variables_AreRejectedInConstantContexts(string source, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source));

        Assert.Equal(message, error.Description);
        Assert.Equal(column, error.Column);
    }

    [Theory]
    [InlineData("enum E { true }", "Name \"true\" is reserved and cannot be used for an enum value.")]
    [InlineData("enum E { null }", "Name \"null\" is reserved and cannot be used for an enum value.")]
    [InlineData("type T { a: Int = null }", "Expected Name, found \"=\".")]
    [InlineData("directive @a on FOO", "Unexpected Name \"FOO\".")]
    [InlineData("directive @a on", "Expected Name, found <EOF>.")]
    [InlineData("schema { foo: Q }", "Unexpected Name \"foo\".")]
    [InlineData("schema {}", "Expected Name, found \"}\".")]
    [InlineData("type T {}", "Expected Name, found \"}\".")]
    [InlineData("union U = ", "Expected Name, found <EOF>.")]
    public void TypeSystemMistakes_AreReported(string source, string message)
    {
        Assert.Equal(message, Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source)).Description);
    }

    // graphql-js 17 goes beyond the September 2025 spec here; we follow the spec.
    [Theory]
    [InlineData("{}", "Expected Name, found \"}\".")]
    [InlineData("{ a { } }", "Expected Name, found \"}\".")]
    [InlineData("directive @a @b on FIELD", "Expected \"on\", found \"@\".")]
    [InlineData("fragment F($a: Int) on T { a }", "Expected \"on\", found \"(\".")]
    public void NonSpecExtensionsOfGraphQLJs_AreRejected(string source, string message)
    {
        Assert.Equal(message, Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(source)).Description);
    }

    [Theory]
    [MemberData(nameof(GraphQLJsRejected))]
    public void Errors_MatchGraphQLJs(string kind, string source, string message, int line, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => GraphQLJsCases.Parse(kind, source));

        Assert.Equal(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    public static TheoryData<string, string, string, int, int> GraphQLJsRejected() => GraphQLJsCases.Rejected();

    [Fact]
    public void MaxTokens_DefaultsTo15000()
    {
        var fits = "{ " + string.Join(' ', Enumerable.Repeat("a", 14_998)) + " }";
        var tooMany = "{ " + string.Join(' ', Enumerable.Repeat("a", 14_999)) + " }";

        Parser.Parse(fits);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(tooMany));

        Assert.Equal("Syntax Error: Document contains more than 15000 tokens. Parsing aborted.", error.Message);
        Assert.Equal(tooMany.Length - 1, error.Offset);
    }

    [Fact]
    public void MaxTokens_IgnoresComments()
    {
        Parser.Parse(string.Concat(Enumerable.Repeat("# comment\n", 20_000)) + "{ a }");
    }

    [Fact]
    public void MaxTokens_CanBeChanged()
    {
        var options = new ParserOptions { MaxTokens = 3 };

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a b }", options));

        Assert.Equal("Document contains more than 3 tokens. Parsing aborted.", error.Description);
        Assert.Equal(7, error.Column);
        Assert.IsType<Field>(Parser.Parse("{ a }", options).Definitions.OfType<OperationDefinition>().Single().SelectionSet.Selections[0]);
    }

    [Fact]
    public void MaxDepth_BoundsSelectionSets()
    {
        Parser.Parse(Nested(128));

        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(Nested(129)));

        Assert.Equal("Syntax Error: Document contains more than 128 levels of nesting. Parsing aborted.", error.Message);
        Assert.Equal(1 + (4 * 128), error.Column);

        static string Nested(int depth) => string.Concat(Enumerable.Repeat("{ a ", depth)) + new string('}', depth);
    }

    // The selection set around a field's arguments is itself one level.
    [Theory]
    [InlineData("{ f(x: OPEN1CLOSE) }", "[", "]", 1)]
    [InlineData("{ f(x: OPEN1CLOSE) }", "{ a: ", " }", 1)]
    [InlineData("query ($v: OPENIntCLOSE) { a }", "[", "]", 0)]
    public void MaxDepth_BoundsValuesAndTypes(string template, string open, string close, int outerLevels)
    {
        var options = new ParserOptions { MaxDepth = 10 };

        Parser.Parse(Nest(10 - outerLevels), options);
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(Nest(11 - outerLevels), options));

        Assert.Equal("Document contains more than 10 levels of nesting. Parsing aborted.", error.Description);

        string Nest(int levels) => template
            .Replace("OPEN", string.Concat(Enumerable.Repeat(open, levels)), StringComparison.Ordinal)
            .Replace("CLOSE", string.Concat(Enumerable.Repeat(close, levels)), StringComparison.Ordinal);
    }

    [Fact]
    public void HugeNesting_IsAnErrorNotACrash()
    {
        var brackets = new string('[', 100_000);

        var byDepth = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(x: " + brackets + ") }"));
        Assert.Contains("levels of nesting", byDepth.Message, StringComparison.Ordinal);

        var unlimited = new ParserOptions { MaxDepth = int.MaxValue, MaxTokens = int.MaxValue };
        var byStack = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a(x: " + brackets + ") }", unlimited));
        Assert.Equal("Syntax Error: Document is nested too deeply. Parsing aborted.", byStack.Message);

        var selections = string.Concat(Enumerable.Repeat("{ a ", 100_000));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse(selections, unlimited));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseValue(brackets, unlimited));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType(brackets, unlimited));
    }
}

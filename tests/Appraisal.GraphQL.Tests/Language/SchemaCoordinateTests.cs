using Appraisal.GraphQL.Language;

namespace Appraisal.GraphQL.Tests.Language;

public sealed class SchemaCoordinateTests
{
    [Fact]
    public void TypeCoordinate_NamesAType()
    {
        var coordinate = Assert.IsType<TypeCoordinate>(Parser.ParseSchemaCoordinate("Campaign"));

        Assert.Equal("Campaign", coordinate.Name.Value);
        Assert.Equal(new Location(0, 8, 1, 1), coordinate.Location);
    }

    [Fact]
    public void MemberCoordinate_NamesAFieldInputFieldOrEnumValue()
    {
        var coordinate = Assert.IsType<MemberCoordinate>(Parser.ParseSchemaCoordinate("Campaign.title"));

        Assert.Equal(("Campaign", "title"), (coordinate.Name.Value, coordinate.MemberName.Value));
        Assert.Equal(new Location(9, 14, 1, 10), coordinate.MemberName.Location);
    }

    [Fact]
    public void ArgumentCoordinate_NamesAFieldArgument()
    {
        var coordinate = Assert.IsType<ArgumentCoordinate>(Parser.ParseSchemaCoordinate("__Type.fields(includeDeprecated:)"));

        Assert.Equal(
            ("__Type", "fields", "includeDeprecated"),
            (coordinate.Name.Value, coordinate.FieldName.Value, coordinate.ArgumentName.Value));
        Assert.Equal(new Location(0, 33, 1, 1), coordinate.Location);
    }

    [Fact]
    public void DirectiveCoordinate_NamesADirective()
    {
        var coordinate = Assert.IsType<DirectiveCoordinate>(Parser.ParseSchemaCoordinate("@deprecated"));

        Assert.Equal("deprecated", coordinate.Name.Value);
    }

    [Fact]
    public void DirectiveArgumentCoordinate_NamesADirectiveArgument()
    {
        var coordinate = Assert.IsType<DirectiveArgumentCoordinate>(Parser.ParseSchemaCoordinate("@deprecated(reason:)"));

        Assert.Equal(("deprecated", "reason"), (coordinate.Name.Value, coordinate.ArgumentName.Value));
    }

    [Theory]
    [InlineData("Query")]
    [InlineData("Query.campaign")]
    [InlineData("Query.campaign(id:)")]
    [InlineData("@include")]
    [InlineData("@include(if:)")]
    public void Coordinates_PrintAsWritten(string source)
    {
        Assert.Equal(source, Printer.Print(Parser.ParseSchemaCoordinate(source)));
        Assert.Equal(source, Printer.Print(Parser.ParseSchemaCoordinate(System.Text.Encoding.UTF8.GetBytes(source))));
    }

    [Theory]
    [InlineData("", "Expected Name, found <EOF>.", 1)]
    [InlineData(" Foo", "Invalid character: \" \".", 1)]
    [InlineData("Foo ", "Invalid character: \" \".", 4)]
    [InlineData("Foo .bar", "Invalid character: \" \".", 4)]
    [InlineData("Foo,", "Invalid character: \",\".", 4)]
    [InlineData("Foo#x", "Invalid character: \"#\".", 4)]
    [InlineData("Foo\n", "Invalid character: U+000A.", 4)]
    [InlineData("1Foo", "Invalid character: \"1\".", 1)]
    [InlineData("é", "Invalid character: U+00E9.", 1)]
    [InlineData("Foo.", "Expected Name, found <EOF>.", 5)]
    [InlineData("Foo.bar(baz)", "Expected \":\", found \")\".", 12)]
    [InlineData("Foo.bar()", "Expected Name, found \")\".", 9)]
    [InlineData("Foo(bar:)", "Expected <EOF>, found \"(\".", 4)]
    [InlineData("Foo.bar.baz", "Expected <EOF>, found \".\".", 8)]
    [InlineData("@foo.bar", "Expected <EOF>, found \".\".", 5)]
    [InlineData("@foo(bar:", "Expected \")\", found <EOF>.", 10)]
    [InlineData("@", "Expected Name, found <EOF>.", 2)]
    public void InvalidCoordinates_AreRejectedLikeGraphQLJs(string source, string message, int column)
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseSchemaCoordinate(source));

        Assert.Equal("Syntax Error: " + message, error.Message);
        Assert.Equal(column, error.Column);
    }

    [Fact]
    public void Dots_AreNotTokensInDocuments()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a.b }"));

        Assert.Equal("Syntax Error: Unexpected character: \".\".", error.Message);
    }
}

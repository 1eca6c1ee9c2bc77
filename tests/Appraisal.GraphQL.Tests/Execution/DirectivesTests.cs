using Appraisal.GraphQL.Language;
using static Appraisal.GraphQL.Tests.Execution.ExecutionHarness;

namespace Appraisal.GraphQL.Tests.Execution;

/// <summary>@skip and @include in CollectFields(), on fields, fragment spreads and inline fragments.</summary>
public sealed class DirectivesTests
{
    private static readonly Appraisal.GraphQL.Types.Schema Schema = QuerySchema(Field("a", StringType, _ => "a"), Field("b", StringType, _ => "b"));

    [Theory]
    [InlineData("{ a b @skip(if: true) }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a b @include(if: false) }", """{"data":{"a":"a"}}""")]
    [InlineData("{ a @include(if: true) @skip(if: true) b }", """{"data":{"b":"b"}}""")]
    [InlineData("{ ...F @skip(if: true) b } fragment F on Query { a }", """{"data":{"b":"b"}}""")]
    [InlineData("{ ... @include(if: false) { a } b }", """{"data":{"b":"b"}}""")]
    [InlineData("{ a @skip(if: true) ... { a } }", """{"data":{"a":"a"}}""")]
    public async Task Literals(string source, string expected) => Assert.Equal(expected, await Run(Schema, source));

    [Fact]
    public async Task Variables_AreReadOnEveryRequestOfACachedOperation()
    {
        var document = Parser.Parse("query ($skip: Boolean!) { a @skip(if: $skip) b }");

        var skipped = await Execute(Schema, document, new Dictionary<string, object?> { ["skip"] = true });
        var kept = await Execute(Schema, document, new Dictionary<string, object?> { ["skip"] = false });

        Assert.Equal("""{"data":{"b":"b"}}""", GraphQL.Execution.ResponseWriter.ToJson(skipped));
        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", GraphQL.Execution.ResponseWriter.ToJson(kept));
    }
}

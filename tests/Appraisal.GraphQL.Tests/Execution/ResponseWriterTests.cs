using System.Text;
using Appraisal.GraphQL.Errors;
using Appraisal.GraphQL.Execution;
using static Appraisal.GraphQL.Tests.Execution.ExecutionHarness;

namespace Appraisal.GraphQL.Tests.Execution;

/// <summary>The response text (§7): graphql-js's key order, no <c>data</c> for request errors, JavaScript numbers.</summary>
public sealed class ResponseWriterTests
{
    [Fact]
    public void RequestError_HasNoDataKey() => Assert.Equal(
        """{"errors":[{"message":"Bad."}]}""",
        ResponseWriter.ToJson(ExecutionResult.FromRequestErrors([new GraphQLError("Bad.")])));

    [Fact]
    public void NullData_IsWritten() => Assert.Equal(
        """{"errors":[{"message":"Bad.","path":["a",0]}],"data":null}""",
        ResponseWriter.ToJson(ExecutionResult.FromData(null, [new GraphQLError("Bad.", Path: ["a", 0])])));

    [Fact]
    public async Task Strings_AreNotHtmlEscaped() => Assert.Equal(
        """{"data":{"s":"<a href='x'>&amp; é</a>"}}""",
        await Run(QuerySchema(Field("s", StringType, _ => "<a href='x'>&amp; é</a>")), "{ s }"));

    [Fact]
    public async Task WriteAsync_WritesTheSameBytesToAStream()
    {
        var result = await Execute(QuerySchema(Field("s", StringType, _ => "x")), GraphQL.Language.Parser.Parse("{ s }"));
        using var stream = new MemoryStream();

        await ResponseWriter.WriteAsync(result, stream);

        Assert.Equal(ResponseWriter.ToJson(result), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Theory]
    [InlineData(1.0, "1")]
    [InlineData(-0.5, "-0.5")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(2.5e-8, "2.5e-8")]
    public void Numbers_AreWrittenAsJavaScriptDoes(double value, string expected) =>
        Assert.Equal(expected, JsNumber.Format(value));
}

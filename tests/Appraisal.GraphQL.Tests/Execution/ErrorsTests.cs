using Appraisal.GraphQL.Execution;
using static Appraisal.GraphQL.Tests.Execution.ExecutionHarness;

namespace Appraisal.GraphQL.Tests.Execution;

/// <summary>Field errors (§6.4.4) and request errors (§7.1.2): what clients see, and the engine's limits.</summary>
public sealed class ErrorsTests
{
    private static readonly Appraisal.GraphQL.Types.Schema Schema = QuerySchema(
        Field("secret", StringType, _ => throw new InvalidOperationException("connection string leaked")),
        Field("userError", StringType, _ => throw new GraphQLFieldException("Not allowed.", "FORBIDDEN")),
        Field("hello", StringType, _ => "hi"),
        AsyncField("slow", StringType, async c =>
        {
            await Task.Delay(Timeout.Infinite, c.CancellationToken);
            return "never";
        }));

    [Fact]
    public async Task InProduction_ExceptionMessagesAreHidden() => Assert.Equal(
        """{"errors":[{"message":"Unexpected error.","locations":[{"line":1,"column":3}],"path":["secret"],"extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":{"secret":null}}""",
        await Run(Schema, "{ secret }", options: ExecutionOptions.Default));

    [Fact]
    public async Task InDevelopment_ExceptionMessagesAreShown_WithoutStackTraces() => Assert.Equal(
        """{"errors":[{"message":"connection string leaked","locations":[{"line":1,"column":3}],"path":["secret"]}],"data":{"secret":null}}""",
        await Run(Schema, "{ secret }", options: Development));

    [Fact]
    public async Task GraphQLFieldException_IsAlwaysShown_WithItsCode() => Assert.Equal(
        """{"errors":[{"message":"Not allowed.","locations":[{"line":1,"column":3}],"path":["userError"],"extensions":{"code":"FORBIDDEN"}}],"data":{"userError":null}}""",
        await Run(Schema, "{ userError }", options: ExecutionOptions.Default));

    [Fact]
    public async Task Timeout_FailsRunningFieldsWithTimeoutCode()
    {
        var json = await Run(Schema, "{ hello slow }", options: new ExecutionOptions { Timeout = TimeSpan.FromMilliseconds(50) });

        Assert.Equal(
            """{"errors":[{"message":"Execution timed out.","locations":[{"line":1,"column":9}],"path":["slow"],"extensions":{"code":"TIMEOUT"}}],"data":{"hello":"hi","slow":null}}""",
            json);
    }

    [Fact]
    public async Task CancelledRequest_AbortsExecution()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Run(Schema, "{ slow }", cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task ErrorsBeyondTheCap_AreDroppedWithOneNotice()
    {
        var schema = QuerySchema(Field("many", ListOf(IntType), _ => Enumerable.Repeat<object>("x", 5)));

        var result = await Execute(schema, GraphQL.Language.Parser.Parse("{ many }"), options: new ExecutionOptions { MaxErrors = 2 });

        Assert.Equal(3, result.Errors.Count);
        Assert.Equal("LIMIT_EXCEEDED", result.Errors[2].Code);
    }

    [Theory]
    [InlineData("query A { hello } query B { hello }", null, "Must provide operation name if query contains multiple operations.")]
    [InlineData("query A { hello }", "B", "Unknown operation named \"B\".")]
    [InlineData("fragment F on Query { hello }", null, "Must provide an operation.")]
    public async Task OperationSelectionProblems_AreRequestErrorsWithoutData(string source, string? operationName, string message)
    {
        var result = await Execute(Schema, GraphQL.Language.Parser.Parse(source), operationName: operationName);

        Assert.False(result.HasData);
        Assert.Equal(message, Assert.Single(result.Errors).Message);
    }
}

using Appraisal.GraphQL.Types;
using static Appraisal.GraphQL.Tests.Execution.ExecutionHarness;

namespace Appraisal.GraphQL.Tests.Execution;

/// <summary>Top-level mutation fields run serially (§6.2.2); query fields may run in parallel (§6.3).</summary>
public sealed class MutationTests
{
    [Fact]
    public async Task MutationFields_RunOneAfterAnother()
    {
        var counter = 0;
        var incr = new FieldDefinition("incr", NonNull(IntType), async c =>
        {
            var by = (int)c.Arguments["by"]!;
            await Task.Delay(by == 10 ? 1 : 20); // a later field finishing first would expose parallel execution
            counter += by;
            return counter;
        }, [new InputValueDefinition("by", IntType, new GraphQL.Language.IntValue(default, "1"))]);
        var schema = new Schema(new ObjectType("Query", () => [Field("x", IntType, _ => 0)]), new ObjectType("Mutation", () => [incr]));

        Assert.Equal(
            """{"data":{"a":1,"b":11,"c":12}}""",
            await Run(schema, "mutation { a: incr b: incr(by: 10) c: incr }"));
    }

    [Fact]
    public async Task QueryFields_AllStartBeforeAnyIsAwaited()
    {
        var first = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var second = new TaskCompletionSource<object?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var schema = QuerySchema(
            AsyncField("a", StringType, async _ =>
            {
                first.SetResult(null);
                await second.Task;
                return "a";
            }),
            AsyncField("b", StringType, async _ =>
            {
                second.SetResult(null);
                await first.Task;
                return "b";
            }));

        var json = await Run(schema, "{ a b }").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal("""{"data":{"a":"a","b":"b"}}""", json);
    }
}

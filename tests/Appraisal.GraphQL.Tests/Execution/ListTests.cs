using static Appraisal.GraphQL.Tests.Execution.ExecutionHarness;

namespace Appraisal.GraphQL.Tests.Execution;

/// <summary>CompleteValue() for lists: any enumerable, async sequences, null items and non-lists.</summary>
public sealed class ListTests
{
    [Fact]
    public async Task LazyEnumerable_IsCompletedInOrder() => Assert.Equal(
        """{"data":{"numbers":[1,2,3]}}""",
        await Run(QuerySchema(Field("numbers", ListOf(IntType), _ => Enumerable.Range(1, 3).Select(i => (object)i))), "{ numbers }"));

    [Fact]
    public async Task AsyncEnumerable_IsCompleted() => Assert.Equal(
        """{"data":{"words":["a","b"]}}""",
        await Run(QuerySchema(Field("words", ListOf(StringType), _ => Words())), "{ words }"));

    [Fact]
    public async Task ListFromAsyncResolver_IsCompleted() => Assert.Equal(
        """{"data":{"words":["x",null]}}""",
        await Run(QuerySchema(AsyncField("words", ListOf(StringType), async _ =>
        {
            await Task.Yield();
            return new[] { "x", null };
        })), "{ words }"));

    [Fact]
    public async Task NullItemInListOfNonNull_NullsTheWholeList() => Assert.Equal(
        """{"errors":[{"message":"Cannot return null for non-nullable field Query.strict.","locations":[{"line":1,"column":3}],"path":["strict",1]}],"data":{"strict":null}}""",
        await Run(QuerySchema(Field("strict", ListOf(NonNull(IntType)), _ => new object?[] { 1, null, 2 })), "{ strict }"));

    [Fact]
    public async Task FailingItemInNullableList_IsNullAlone() => Assert.Equal(
        """{"errors":[{"message":"Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":3}],"path":["loose",1]}],"data":{"loose":[1,null,2]}}""",
        await Run(QuerySchema(Field("loose", ListOf(IntType), _ => new object?[] { 1, "x", 2 })), "{ loose }"));

    [Fact]
    public async Task StringForList_IsNotIterable() => Assert.Equal(
        """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.list\".","locations":[{"line":1,"column":3}],"path":["list"]}],"data":{"list":null}}""",
        await Run(QuerySchema(Field("list", ListOf(StringType), _ => "abc")), "{ list }"));

    private static async IAsyncEnumerable<object?> Words()
    {
        await Task.Yield();
        yield return "a";
        yield return "b";
    }
}

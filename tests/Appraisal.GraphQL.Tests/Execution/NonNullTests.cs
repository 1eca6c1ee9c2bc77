using static Appraisal.GraphQL.Tests.Execution.ExecutionHarness;

namespace Appraisal.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.4: a null at a non-null position propagates to the nearest nullable parent, with one error.</summary>
public sealed class NonNullTests
{
    private static readonly Appraisal.GraphQL.Types.ObjectType Child = new("Child", () =>
    [
        Field("ok", StringType, _ => "ok"),
        Field("missing", NonNull(StringType), _ => null),
        Field("throws", NonNull(StringType), _ => throw new InvalidOperationException("boom")),
    ]);

    private static readonly Appraisal.GraphQL.Types.Schema Schema = QuerySchema(
        Field("child", Child, _ => new object()),
        Field("strictChild", NonNull(Child), _ => new object()),
        Field("hello", StringType, _ => "hi"));

    [Fact]
    public async Task NullForNonNullField_NullsTheNearestNullableParent() => Assert.Equal(
        """{"errors":[{"message":"Cannot return null for non-nullable field Child.missing.","locations":[{"line":1,"column":14}],"path":["child","missing"]}],"data":{"child":null,"hello":"hi"}}""",
        await Run(Schema, "{ child { ok missing } hello }"));

    [Fact]
    public async Task ErrorInNonNullField_IsReportedOnce() => Assert.Equal(
        """{"errors":[{"message":"boom","locations":[{"line":1,"column":14}],"path":["child","throws"]}],"data":{"child":null}}""",
        await Run(Schema, "{ child { ok throws } }"));

    [Fact]
    public async Task NonNullAllTheWayUp_NullsData() => Assert.Equal(
        """{"errors":[{"message":"Cannot return null for non-nullable field Child.missing.","locations":[{"line":1,"column":17}],"path":["strictChild","missing"]}],"data":null}""",
        await Run(Schema, "{ strictChild { missing } hello }"));

    [Fact]
    public async Task FieldsAfterAFailedNonNullSibling_AreNotExecuted()
    {
        var calls = 0;
        var parent = new Appraisal.GraphQL.Types.ObjectType("Parent", () =>
        [
            Field("bad", NonNull(StringType), _ => null),
            Field("counted", StringType, _ => (++calls).ToString()),
        ]);
        var schema = QuerySchema(Field("parent", parent, _ => new object()));

        var json = await Run(schema, "{ parent { bad counted } }");

        Assert.Contains("\"data\":{\"parent\":null}", json, StringComparison.Ordinal);
        Assert.Equal(0, calls);
    }

    [Fact]
    public async Task AsyncNullForNonNullField_PropagatesLikeASynchronousOne()
    {
        var schema = QuerySchema(AsyncField("late", NonNull(StringType), async _ =>
        {
            await Task.Yield();
            return null;
        }));

        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.late.","locations":[{"line":1,"column":3}],"path":["late"]}],"data":null}""",
            await Run(schema, "{ late }"));
    }
}

using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

// The rule looks at field names only, so the documents need not fit the test schema.
public sealed class MaxIntrospectionDepthRuleTests() : RuleTestBase(new MaxIntrospectionDepthRule())
{
    [Fact]
    public void TwoNestedLists_AreValid() => ExpectValid("""
        { __schema { types { fields { type { fields { name } } } } } }
        """);

    [Fact]
    public void ThreeNestedListsThroughAFragment_AreRejected() => ExpectErrors("""
        { __type(name: "Dog") { fields { type { ...T } } } }
        fragment T on __Type { interfaces { possibleTypes { name } } }
        """,
        Error("Maximum introspection depth exceeded", (1, 3)));
}

using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueVariableNamesRuleTests() : RuleTestBase(new UniqueVariableNamesRule())
{
    [Fact]
    public void DistinctVariables_AreValid() => ExpectValid("""
        query A($x: Int, $y: Int) { dog { name } }
        query B($x: Int) { dog { name } }
        """);

    [Fact]
    public void RepeatedVariables_AreRejectedOncePerName() => ExpectErrors("""
        query A($x: Int, $x: String, $y: Int, $x: Boolean) { dog { name } }
        """,
        Error("There can be only one variable named \"$x\".", (1, 10), (1, 19), (1, 40)));
}

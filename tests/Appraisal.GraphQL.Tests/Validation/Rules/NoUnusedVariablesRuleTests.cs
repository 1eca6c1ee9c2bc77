using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedVariablesRuleTests() : RuleTestBase(new NoUnusedVariablesRule())
{
    [Fact]
    public void VariablesUsedThroughFragments_AreValid() => ExpectValid("""
        query A($v: Int, $w: Boolean!) { arguments @include(if: $w) { ...F } }
        fragment F on Arguments { intArg(value: $v) }
        """);

    [Fact]
    public void UnusedVariables_AreRejected() => ExpectErrors("""
        query A($used: Int, $unused: Int) { arguments { intArg(value: $used) } }
        query ($x: String = "default") { dog { name } }
        """,
        Error("Variable \"$unused\" is never used in operation \"A\".", (1, 21)),
        Error("Variable \"$x\" is never used.", (2, 8)));
}

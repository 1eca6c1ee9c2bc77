using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class NoUndefinedVariablesRuleTests() : RuleTestBase(new NoUndefinedVariablesRule())
{
    [Fact]
    public void VariablesDefinedByEachOperation_AreValid() => ExpectValid("""
        query A($v: Int) { arguments { ...F } }
        query B($v: Int) { arguments { ...F } }
        fragment F on Arguments { intArg(value: $v) }
        """);

    [Fact]
    public void UndefinedVariables_AreReportedPerOperation() => ExpectErrors("""
        query A { arguments { intArg(value: $a) ...F } }
        { arguments { ...F } }
        fragment F on Arguments { stringArg(value: $f) }
        """,
        Error("Variable \"$a\" is not defined by operation \"A\".", (1, 37), (1, 1)),
        Error("Variable \"$f\" is not defined by operation \"A\".", (3, 44), (1, 1)),
        Error("Variable \"$f\" is not defined.", (3, 44), (2, 1)));
}

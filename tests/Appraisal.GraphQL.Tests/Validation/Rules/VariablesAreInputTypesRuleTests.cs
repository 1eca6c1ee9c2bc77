using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class VariablesAreInputTypesRuleTests() : RuleTestBase(new VariablesAreInputTypesRule())
{
    [Fact]
    public void ScalarsEnumsAndInputObjects_AreValid() => ExpectValid("""
        query Q($a: String, $b: [FurColor!]!, $c: ComplexInput, $d: Unknown) { dog { name } }
        """);

    [Fact]
    public void OutputTypes_AreRejected() => ExpectErrors("""
        query Q($a: Dog, $b: [[CatOrDog!]]!, $c: Pet) { dog { name } }
        """,
        Error("Variable \"$a\" cannot be non-input type \"Dog\".", (1, 13)),
        Error("Variable \"$b\" cannot be non-input type \"[[CatOrDog!]]!\".", (1, 22)),
        Error("Variable \"$c\" cannot be non-input type \"Pet\".", (1, 42)));
}

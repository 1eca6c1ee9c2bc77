using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class VariablesInAllowedPositionRuleTests() : RuleTestBase(new VariablesInAllowedPositionRule())
{
    [Fact]
    public void CompatibleVariables_AreValid() => ExpectValid("""
        query Q($i: Int!, $d: Int = 3, $b: Boolean, $s: String!, $id: ID!) {
          arguments { nonNullIntArg(value: $i) n2: nonNullIntArg(value: $d) intArg(value: $i)
            optionalNonNullBooleanArg(value: $b) stringListArg(value: [$s]) oneOfArg(value: { byId: $id }) }
        }
        """);

    [Fact]
    public void NullableVariableInNonNullPosition_IsRejected() => ExpectErrors("""
        query Q($i: Int, $s: [String]) { arguments { nonNullIntArg(value: $i) stringListOfNonNullArg(value: $s) } }
        """,
        Error("Variable \"$i\" of type \"Int\" used in position expecting type \"Int!\".", (1, 9), (1, 67)),
        Error("Variable \"$s\" of type \"[String]\" used in position expecting type \"[String!]\".", (1, 18), (1, 101)));

    [Fact]
    public void NullableVariableInOneOfField_IsRejected() => ExpectErrors("""
        query Q($name: String) { arguments { oneOfArg(value: { byName: $name }) } }
        """,
        Error("Variable \"$name\" is of type \"String\" but must be non-nullable to be used for OneOf Input Object \"OneOfInput\".", (1, 9), (1, 64)));
}

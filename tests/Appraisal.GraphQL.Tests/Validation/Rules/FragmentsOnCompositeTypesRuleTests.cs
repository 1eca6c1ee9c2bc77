using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class FragmentsOnCompositeTypesRuleTests() : RuleTestBase(new FragmentsOnCompositeTypesRule())
{
    [Fact]
    public void ObjectInterfaceAndUnionConditions_AreValid() => ExpectValid("""
        fragment A on Dog { name }
        fragment B on Pet { name }
        fragment C on CatOrDog { ... on Cat { name } ... { __typename } }
        """);

    [Fact]
    public void ScalarAndEnumConditions_AreRejected() => ExpectErrors("""
        fragment A on FurColor { name }
        fragment B on Dog { ... on Boolean { x } }
        """,
        Error("Fragment \"A\" cannot condition on non composite type \"FurColor\".", (1, 15)),
        Error("Fragment cannot condition on non composite type \"Boolean\".", (2, 28)));
}

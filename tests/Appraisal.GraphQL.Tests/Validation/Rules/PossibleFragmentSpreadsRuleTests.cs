using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class PossibleFragmentSpreadsRuleTests() : RuleTestBase(new PossibleFragmentSpreadsRule())
{
    [Fact]
    public void OverlappingTypes_AreValid() => ExpectValid("""
        { dog { ... on Pet { name } ...PetName } catOrDog { ... on Dog { name } } pet { ... on CatOrDog { __typename } } }
        fragment PetName on Pet { name }
        """);

    [Fact]
    public void DisjointTypes_AreRejected() => ExpectErrors("""
        { dog { ... on Cat { name } ...HumanName } sentient { ... on Pet { name } } }
        fragment HumanName on Human { name }
        """,
        Error("Fragment cannot be spread here as objects of type \"Dog\" can never be of type \"Cat\".", (1, 9)),
        Error("Fragment \"HumanName\" cannot be spread here as objects of type \"Dog\" can never be of type \"Human\".", (1, 29)),
        Error("Fragment cannot be spread here as objects of type \"Sentient\" can never be of type \"Pet\".", (1, 55)));
}

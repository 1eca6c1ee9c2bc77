using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class KnownTypeNamesRuleTests() : RuleTestBase(new KnownTypeNamesRule())
{
    [Fact]
    public void KnownTypes_AreValid() => ExpectValid("""
        query Q($id: ID, $c: ComplexInput) { dog { ... on Pet { name } ...F } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void UnknownTypes_AreRejectedWithSuggestions() => ExpectErrors("""
        query Q($a: Strin, $b: [Badger!]) { dog { ... on Dgo { name } ...F } }
        fragment F on Peat { name }
        """,
        Error("Unknown type \"Strin\". Did you mean \"String\"?", (1, 13)),
        Error("Unknown type \"Badger\".", (1, 25)),
        Error("Unknown type \"Dgo\". Did you mean \"Dog\"?", (1, 50)),
        Error("Unknown type \"Peat\". Did you mean \"Pet\" or \"Cat\"?", (2, 15)));
}

using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueOperationNamesRuleTests() : RuleTestBase(new UniqueOperationNamesRule())
{
    [Fact]
    public void DifferentNames_AreValid() => ExpectValid("""
        query Foo { dog { name } }
        query Bar { dog { name } }
        fragment Foo on Dog { name }
        """);

    [Fact]
    public void TwoOperationsNamedFoo_AreRejected() => ExpectErrors("""
        query Foo { dog { name } }
        mutation Foo { renameDog(name: "x") { name } }
        """,
        Error("There can be only one operation named \"Foo\".", (1, 7), (2, 10)));
}

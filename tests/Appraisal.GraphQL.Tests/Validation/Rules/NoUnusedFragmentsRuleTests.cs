using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class NoUnusedFragmentsRuleTests() : RuleTestBase(new NoUnusedFragmentsRule())
{
    [Fact]
    public void FragmentsUsedDirectlyOrTransitively_AreValid() => ExpectValid("""
        query A { dog { ...One } }
        query B { dog { ...Two } }
        fragment One on Dog { name }
        fragment Two on Dog { ...Three }
        fragment Three on Dog { nickname }
        """);

    [Fact]
    public void FragmentsNoOperationReaches_AreRejected() => ExpectErrors("""
        { dog { name } }
        fragment Orphan on Dog { ...OrphanChild }
        fragment OrphanChild on Dog { name }
        """,
        Error("Fragment \"Orphan\" is never used.", (2, 1)),
        Error("Fragment \"OrphanChild\" is never used.", (3, 1)));
}

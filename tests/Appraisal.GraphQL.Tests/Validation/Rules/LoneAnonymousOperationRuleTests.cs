using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class LoneAnonymousOperationRuleTests() : RuleTestBase(new LoneAnonymousOperationRule())
{
    [Fact]
    public void OneAnonymousOperationWithFragments_IsValid() => ExpectValid("""
        { dog { ...F } }
        fragment F on Dog { name }
        """);

    [Fact]
    public void AnonymousOperationBesideAnother_IsRejected() => ExpectErrors("""
        { dog { name } }
        query Named { cat { name } }
        """,
        Error("This anonymous operation must be the only defined operation.", (1, 1)));
}

using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class KnownFragmentNamesRuleTests() : RuleTestBase(new KnownFragmentNamesRule())
{
    [Fact]
    public void DefinedFragments_AreValid() => ExpectValid("""
        { dog { ...A } }
        fragment A on Dog { ...B }
        fragment B on Dog { name }
        """);

    [Fact]
    public void UndefinedFragments_AreRejected() => ExpectErrors("""
        { dog { ...Missing } }
        fragment A on Dog { ...AlsoMissing }
        """,
        Error("Unknown fragment \"Missing\".", (1, 12)),
        Error("Unknown fragment \"AlsoMissing\".", (2, 24)));
}

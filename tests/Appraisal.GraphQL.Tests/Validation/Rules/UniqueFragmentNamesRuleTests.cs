using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class UniqueFragmentNamesRuleTests() : RuleTestBase(new UniqueFragmentNamesRule())
{
    [Fact]
    public void DistinctFragmentNames_AreValid() => ExpectValid("""
        { dog { ...A ...B } }
        fragment A on Dog { name }
        fragment B on Dog { nickname }
        """);

    [Fact]
    public void TwoFragmentsNamedA_AreRejected() => ExpectErrors("""
        { dog { ...A } }
        fragment A on Dog { name }
        fragment A on Dog { nickname }
        """,
        Error("There can be only one fragment named \"A\".", (2, 10), (3, 10)));
}

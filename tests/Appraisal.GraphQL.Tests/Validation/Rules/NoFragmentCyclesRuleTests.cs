using Appraisal.GraphQL.Validation.Rules;

namespace Appraisal.GraphQL.Tests.Validation.Rules;

public sealed class NoFragmentCyclesRuleTests() : RuleTestBase(new NoFragmentCyclesRule())
{
    [Fact]
    public void SpreadingTheSameFragmentTwice_IsNotACycle() => ExpectValid("""
        fragment A on Dog { ...B ...B owner { name } }
        fragment B on Dog { name }
        """);

    [Fact]
    public void SelfSpread_IsRejected() => ExpectErrors("""
        fragment A on Dog { mother { ...A } }
        """,
        Error("Cannot spread fragment \"A\" within itself.", (1, 30)));

    [Fact]
    public void IndirectCycle_NamesThePath() => ExpectErrors("""
        fragment A on Dog { ...B }
        fragment B on Dog { ...C }
        fragment C on Dog { ...A }
        """,
        Error("Cannot spread fragment \"A\" within itself via \"B\", \"C\".", (1, 21), (2, 21), (3, 21)));
}
